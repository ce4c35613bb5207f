namespace Pytk.Vm.Execution;

/// <summary>Instructions of the match statement.</summary>
public static partial class Exec
{
    /// <summary>[subject, cls, kwnames] → [tuple of extracted attributes, or None].</summary>
    public static void MATCH_CLASS(Frame f, int arg)
    {
        var names = ((PyTuple)f.Pop()).Items;
        var cls = f.Pop();
        var subject = f.Pop();
        if (cls is not PyType t) throw Err.Type("called match pattern must be a class");
        if (!Ops.IsInstance(subject, t)) { f.Push(Py.None); return; }
        var result = new List<PyObject>();
        if (arg > 0)
        {
            var matchArgs = Ops.GetAttrOrNull(t, "__match_args__");
            if (matchArgs is null)
            {
                // Built-ins like int(x) and str(x) match the subject itself.
                if (arg == 1 && IsSelfMatching(t)) result.Add(subject);
                else throw Err.Type($"{t.Name}() accepts 0 positional sub-patterns ({arg} given)");
            }
            else
            {
                if (matchArgs is not PyTuple ma) throw Err.Type($"{t.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})");
                if (arg > ma.Items.Length)
                    throw Err.Type($"{t.Name}() accepts {ma.Items.Length} positional sub-pattern{(ma.Items.Length == 1 ? "" : "s")} ({arg} given)");
                for (int i = 0; i < arg; i++)
                {
                    var v = Ops.GetAttrOrNull(subject, Ops.Str(ma.Items[i]));
                    if (v is null) { f.Push(Py.None); return; }
                    result.Add(v);
                }
            }
        }
        foreach (var n in names)
        {
            var v = Ops.GetAttrOrNull(subject, ((PyStr)n).Value);
            if (v is null) { f.Push(Py.None); return; }
            result.Add(v);
        }
        f.Push(new PyTuple(result.ToArray()));
    }

    static bool IsSelfMatching(PyType t) =>
        new[] { Types.Bool, Types.ByteArray, Types.Bytes, Types.Dict, Types.Float, Types.FrozenSet, Types.Int, Types.List, Types.Set, Types.Str, Types.Tuple }
            .Any(b => t.IsSubtypeOf(b));

    public static void MATCH_MAPPING(Frame f, int arg)
    {
        var s = f.Top();
        f.Push(Py.Bool(s is PyDict || s.Type.Lookup("keys") is not null && s.Type.Lookup("__getitem__") is not null && s is not PyType));
    }

    public static void MATCH_SEQUENCE(Frame f, int arg)
    {
        var s = f.Top();
        bool seq = s is PyList or PyTuple or PyRange or PyMemoryView || (s is not PyStr && s is not PyBytes && s is not PyDict
                   && !s.Type.IsBuiltin && s.Type.Lookup("__getitem__") is not null && s.Type.Lookup("__len__") is not null
                   && s.Type.Lookup("keys") is null);
        f.Push(Py.Bool(seq));
    }

    /// <summary>[subject, keys] → [subject, keys, values tuple or None].</summary>
    public static void MATCH_KEYS(Frame f, int arg)
    {
        var keys = ((PyTuple)f.Top()).Items;
        var subject = f.Peek(2);
        var values = new PyObject[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            PyObject? v;
            if (subject is PyDict d) v = d.Get(keys[i]);
            else
            {
                var get = Ops.GetAttr(subject, "get");
                var sentinel = new PyInstance(Types.Object);
                v = Ops.Call(get, keys[i], sentinel);
                if (v == sentinel) v = null;
            }
            if (v is null) { f.Push(Py.None); return; }
            values[i] = v;
        }
        f.Push(new PyTuple(values));
    }
}

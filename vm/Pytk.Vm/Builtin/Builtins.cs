using System.Numerics;
using System.Text;

namespace Pytk.Vm.Builtin;

/// <summary>The functions of the builtins module.</summary>
public static partial class Builtins
{
    public static string FuncName(PyObject fn) => fn switch
    {
        PyFunction f => (f.ModuleName == "builtins" ? "" : f.ModuleName + ".") + f.QualName + "()",
        PyBuiltin b => b.Name + "()",
        PyType t => t.Name + "()",
        PyMethod m => FuncName(m.Func),
        _ => fn.Type.Name + " object",
    };

    /// <summary>A fresh dict holding a namespace's entries (vars(), __dict__): a snapshot, not a live view.</summary>
    public static PyDict DictView(Dictionary<string, PyObject> d)
    {
        var r = new PyDict();
        foreach (var (k, v) in d) r.Set(new PyStr(k), v);
        return r;
    }

    public static List<PyObject> DirOf(PyObject o)
    {
        var names = new HashSet<string>();
        if (o.Dict is not null) names.UnionWith(o.Dict.Keys);
        IEnumerable<PyType> mro = o is PyType t ? t.Mro : o.Type.Mro;
        foreach (var c in mro) names.UnionWith(c.Dict!.Keys);
        return names.OrderBy(n => n, StringComparer.Ordinal).Select(n => (PyObject)new PyStr(n)).ToList();
    }

    public static PyObject MakeSuper(PyObject[] a)
    {
        if (a.Length == 0)
        {
            // Zero-argument form: the enclosing class comes from the __class__ cell, the instance from the first argument.
            var f = Interpreter.Current ?? throw Err.Runtime("super(): no current frame");
            var code = f.Code;
            int ci = Array.IndexOf(code.FreeVars, "__class__");
            if (ci < 0) throw Err.Runtime("super(): __class__ cell not found");
            var cls = f.Cells[code.CellVars.Length + ci].Value as PyType ?? throw Err.Runtime("super(): empty __class__ cell");
            if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0) throw Err.Runtime("super(): no arguments");
            PyObject? first = code.VarNames.Length > 0 ? f.Fast[0] : null;
            int cellIdx = Array.IndexOf(code.CellVars, code.VarNames.Length > 0 ? code.VarNames[0] : "");
            if (cellIdx >= 0) first = f.Cells[cellIdx].Value;
            if (first is null) throw Err.Runtime("super(): arg[0] deleted");
            a = [cls, first];
        }
        if (a[0] is not PyType thisType) throw Err.Type($"super() argument 1 must be a type, not {a[0].Type.Name}");
        if (a.Length == 1) return new PySuper(thisType, null, null);
        var obj = a[1];
        if (obj is PyType ot && ot.IsSubtypeOf(thisType)) return new PySuper(thisType, ot, ot);
        if (obj.Type.IsSubtypeOf(thisType)) return new PySuper(thisType, obj, obj.Type);
        // a proxy whose __class__ claims the type is accepted too (CPython's supercheck)
        if (Ops.GetAttrOrNull(obj, "__class__") is PyType claimed && claimed.IsSubtypeOf(thisType)) return new PySuper(thisType, obj, claimed);
        throw Err.Type("super(type, obj): obj must be an instance or subtype of type");
    }

    static PyObject Print(PyObject[] a, KwArgs? kw)
    {
        GcCore.BeforeOutput();
        string sep = " ", end = "\n";
        PyObject? file = null;
        bool flush = false;
        if (kw is not null)
            foreach (var (k, v) in kw)
                switch (k)
                {
                    case "sep": sep = v is PyNone ? " " : v is PyStr s ? s.Value : throw Err.Type($"sep must be None or a string, not {v.Type.Name}"); break;
                    case "end": end = v is PyNone ? "\n" : v is PyStr e ? e.Value : throw Err.Type($"end must be None or a string, not {v.Type.Name}"); break;
                    case "file": file = v is PyNone ? null : v; break;
                    case "flush": flush = Ops.Truth(v); break;
                    default: throw Err.Type($"print() got an unexpected keyword argument '{k}'");
                }
        file ??= Runtime.Sys.Dict!.TryGetValue("stdout", out var stdout) ? stdout : Py.None;
        if (file is PyNone) return Py.None;   // sys.stdout is None: print does nothing, as CPython's
        if (file is PyFile pf)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < a.Length; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(Ops.Str(a[i]));
            }
            sb.Append(end);
            pf.Write(sb.ToString());
            if (flush) pf.Flush();
            return Py.None;
        }
        // Any other file gets one write() per argument, separator and end, in order, as CPython's print does.
        var write = Ops.GetAttr(file, "write");
        for (int i = 0; i < a.Length; i++)
        {
            if (i > 0) Ops.Call(write, new PyStr(sep));
            Ops.Call(write, new PyStr(Ops.Str(a[i])));
        }
        Ops.Call(write, new PyStr(end));
        if (flush) Ops.Call(Ops.GetAttr(file, "flush"));
        return Py.None;
    }

    static PyObject MinMax(PyObject[] a, KwArgs? kw, bool max)
    {
        string name = max ? "max" : "min";
        var key = kw?.FirstOrDefault(p => p.Key == "key").Value;
        if (key is PyNone) key = null;
        var dflt = kw?.FirstOrDefault(p => p.Key == "default").Value;
        if (kw is not null) foreach (var (k, _) in kw) if (k is not ("key" or "default")) throw Err.Type($"{name}() got an unexpected keyword argument '{k}'");
        if (a.Length == 0) throw Err.Type($"{name} expected at least 1 argument, got 0");
        IEnumerable<PyObject> items = a.Length == 1 ? Ops.Enumerate(a[0]) : a;
        if (a.Length > 1 && dflt is not null) throw Err.Type($"Cannot specify a default for {name}() with multiple positional arguments");
        PyObject? best = null, bestKey = null;
        foreach (var x in items)
        {
            var k = key is null ? x : Ops.Call(key, x);
            if (best is null || Ops.Truth(Ops.Compare(k, bestKey!, max ? CmpOp.Gt : CmpOp.Lt))) { best = x; bestKey = k; }
        }
        return best ?? dflt ?? throw Err.Value($"{name}() iterable argument is empty");
    }

    static PyObject Sum(PyObject[] a, KwArgs? kw)
    {
        if (a.Length == 0) throw Err.Type("sum() takes at least 1 positional argument (0 given)");
        PyObject acc = Def.Arg(a, kw, 1, "start", PyInt.From(0))!;
        if (acc is PyStr) throw Err.Type("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc is PyBytes) throw Err.Type("sum() can't sum bytes [use b''.join(seq) instead]");
        // Floats are summed with compensation, as CPython 3.12+ does.
        double fsum = 0, comp = 0;
        bool inFloat = false;
        foreach (var x in Ops.Enumerate(a[0]))
        {
            if (inFloat && x is PyFloat xf && x.Type == Types.Float) { Kahan(ref fsum, ref comp, xf.V); continue; }
            if (inFloat && x is PyInt xi && x.Type == Types.Int) { Kahan(ref fsum, ref comp, xi.ToDouble()); continue; }
            if (inFloat) { acc = new PyFloat(Total(fsum, comp)); inFloat = false; }
            if (acc is PyFloat af && acc.Type == Types.Float && x is PyFloat or PyInt && x.Type.IsBuiltin)
            {
                fsum = af.V; comp = 0; inFloat = true;
                Kahan(ref fsum, ref comp, Num.AsDouble(x));
                continue;
            }
            acc = Ops.Binary(NbOp.Add, acc, x);
            if (acc is PyFloat af2 && acc.Type == Types.Float) { fsum = af2.V; comp = 0; inFloat = true; }
        }
        return inFloat ? new PyFloat(Total(fsum, comp)) : acc;
    }

    /// <summary>The compensated total: a zero (or non-finite) compensation is left out, so -0.0 stays -0.0.</summary>
    static double Total(double sum, double comp) => comp != 0 && double.IsFinite(comp) ? sum + comp : sum;

    static void Kahan(ref double sum, ref double comp, double x)
    {
        double t = sum + x;
        if (Math.Abs(sum) >= Math.Abs(x)) comp += (sum - t) + x; else comp += (x - t) + sum;
        sum = t;
    }

    static PyObject Round(PyObject[] a, KwArgs? kw)
    {
        var x = Def.Arg(a, kw, 0, "number") ?? throw Err.Type("round() missing required argument 'number' (pos 1)");
        var nd = Def.Arg(a, kw, 1, "ndigits", Py.None)!;
        var f = x.Type.Lookup("__round__") ?? throw Err.Type($"type {x.Type.Name} doesn't define __round__ method");
        return nd is PyNone ? Ops.CallSpecial(f, x) : Ops.CallSpecial(f, x, nd);
    }

    static PyObject Pow(PyObject[] a, KwArgs? kw)
    {
        if (a.Length > 3) throw Err.Type($"pow() takes at most 3 arguments ({a.Length} given)");
        var b = Def.Arg(a, kw, 0, "base") ?? throw Err.Type("pow() missing required argument 'base' (pos 1)");
        var e = Def.Arg(a, kw, 1, "exp") ?? throw Err.Type("pow() missing required argument 'exp' (pos 2)");
        var m = Def.Arg(a, kw, 2, "mod", Py.None)!;
        if (m is PyNone) return Ops.Binary(NbOp.Pow, b, e);
        if (b is PyInt bi && e is PyInt ei && m is PyInt mi) return Num.ModPow(bi, ei, mi);
        bool Numeric(PyObject o) => o is PyInt or PyFloat or PyComplex;
        if (Numeric(b) && Numeric(e) && Numeric(m))
            throw Err.Type("pow() 3rd argument not allowed unless all arguments are integers");
        // Three-argument pow uses the base's __pow__ only (CPython's ternary slot; __rpow__ takes two arguments).
        if (!Numeric(b) && b.Type.Lookup("__pow__") is { } f)
        {
            var r = Ops.CallSpecial(f, b, e, m);
            if (r != Py.NotImplemented) return r;
        }
        throw Err.Type($"unsupported operand type(s) for ** or pow(): '{b.Type.Name}', '{e.Type.Name}', '{m.Type.Name}'");
    }

    static PyObject Divmod(PyObject a, PyObject b)
    {
        var f = a.Type.Lookup("__divmod__");
        if (f is not null) { var r = Ops.CallSpecial(f, a, b); if (r != Py.NotImplemented) return r; }
        var g = b.Type.Lookup("__rdivmod__");
        if (g is not null) { var r = Ops.CallSpecial(g, b, a); if (r != Py.NotImplemented) return r; }
        throw Err.Type($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
    }

    static string IntToBase(PyObject x, int radix, string prefix)
    {
        var i = Ops.Index(x).AsBig;
        return (i.Sign < 0 ? "-" : "") + prefix + Formatting.ToBase(BigInteger.Abs(i), radix);
    }

    static PyObject Sorted(PyObject[] a, KwArgs? kw)
    {
        if (a.Length != 1) throw Err.Type($"sorted expected 1 argument, got {a.Length}");
        var key = kw?.FirstOrDefault(p => p.Key == "key").Value;
        var rev = kw?.FirstOrDefault(p => p.Key == "reverse").Value;
        return new PyList(SeqMethods.Sort(Ops.ToList(a[0]), key is PyNone ? null : key, rev is not null && Ops.Truth(rev)));
    }

    static PyObject Input(PyObject[] a)
    {
        if (a.Length > 0) { Runtime.Stdout.Write(Ops.Str(a[0])); Runtime.Stdout.Flush(); }
        var stdin = Runtime.Stdin;
        var line = Gil.Blocking(() => stdin.ReadLine()) ?? throw Err.New(ExcTypes.EOFError, "EOF when reading a line");
        return new PyStr(line);
    }

    static PyObject Vars(PyObject[] a)
    {
        if (a.Length == 0) return Locals();
        // the object's __dict__ attribute, whatever provides it (none on an instance of a __slots__ class)
        PyObject? d;
        try { d = Ops.GetAttrOrNull(a[0], "__dict__"); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.AttributeError)) { d = null; }
        return d ?? throw Err.Type("vars() argument must have __dict__ attribute");
    }

    static PyObject Locals() => LocalsOf(Interpreter.Current!);

    /// <summary>locals() of a frame: the namespace of a module or class body, a snapshot dict for a function.</summary>
    public static PyObject LocalsOf(Frame f)
    {
        if (f.LocalsMap is { } map) return map;
        if (f.Locals is not null) return PyDict.Namespace(f.Locals);
        var d = new PyDict();
        for (int i = 0; i < f.Code.VarNames.Length; i++)
            if (f.Fast[i] is { } v) d.Set(new PyStr(f.Code.VarNames[i]), v);
        for (int i = 0; i < f.Cells.Length; i++)
        {
            string n = i < f.Code.CellVars.Length ? f.Code.CellVars[i] : f.Code.FreeVars[i - f.Code.CellVars.Length];
            if (f.Cells[i].Value is { } v && n != "__class__") d.Set(new PyStr(n), v);
        }
        return d;
    }
}

namespace Pytk.Vm.BuiltinTypes.Sequences;

/// <summary>enumerate, zip, map, filter and reversed as types (subclassable, as in CPython), and the pickling and
/// length-hint protocol of the built-in iterators: __reduce__, __setstate__ and __length_hint__ over the
/// iterator objects' Reduce, SetState and LengthHint.</summary>
public static class IteratorMethods
{
    static PyType Cls(PyObject[] a, PyType t, string name) =>
        a.Length > 0 && a[0] is PyType c && c.IsSubtypeOf(t) ? c : throw Err.Type($"{name}.__new__(X): X is not a subtype of {name}");

    public static void Register()
    {
        Def.Static(Types.Enumerate, "__new__", (a, kw) =>
        {
            var cls = Cls(a, Types.Enumerate, "enumerate");
            var args = a[1..];
            if (args.Length + (kw?.Count ?? 0) > 2) throw Err.Type($"enumerate() takes at most 2 arguments ({args.Length + (kw?.Count ?? 0)} given)");
            if (kw is not null)
                foreach (var (k, _) in kw)
                    if (k != "iterable" && k != "start") throw Err.Type($"'{k}' is an invalid keyword argument for enumerate()");
            var src = Def.Arg(args, kw, 0, "iterable") ?? throw Err.Type("enumerate() missing required argument 'iterable'");
            var it = Ops.Iter(src);
            var start = Def.Arg(args, kw, 1, "start") is { } st ? Ops.Index(st).AsBig : 0;
            return new EnumerateIterator(cls, it, start);
        });
        Def.ClassMethod(Types.Enumerate, "__class_getitem__", (a, kw) => new GenericAlias((PyType)a[0], a[1]));

        Def.Static(Types.Zip, "__new__", (a, kw) =>
        {
            var cls = Cls(a, Types.Zip, "zip");
            bool strict = false;
            if (kw is not null)
                foreach (var (k, v) in kw)
                    strict = k == "strict" ? Ops.Truth(v) : throw Err.Type($"zip() got an unexpected keyword argument '{k}'");
            return new ZipIterator(cls, a[1..].Select(Ops.Iter).ToArray(), strict);
        });

        Def.Static(Types.Map, "__new__", (a, kw) =>
        {
            var cls = Cls(a, Types.Map, "map");
            if (cls == Types.Map) Def.NoKw("map", kw);
            if (a.Length < 3) throw Err.Type("map() must have at least two arguments.");
            return new MapIterator(cls, a[1], a[2..].Select(Ops.Iter).ToArray());
        });

        Def.Static(Types.Filter, "__new__", (a, kw) =>
        {
            var cls = Cls(a, Types.Filter, "filter");
            if (cls == Types.Filter) Def.NoKw("filter", kw);
            Def.Count("filter", a[1..], 2, 2);
            return new FilterIterator(cls, a[1], Ops.Iter(a[2]));
        });

        Def.Static(Types.Reversed, "__new__", (a, kw) =>
        {
            var cls = Cls(a, Types.Reversed, "reversed");
            if (cls == Types.Reversed) Def.NoKw("reversed", kw);
            Def.Count("reversed", a[1..], 1, 1);
            var o = a[1];
            var r = o.Type.Lookup("__reversed__");
            if (r is not null and not PyNone) return Ops.CallSpecial(r, o);
            // CPython: a sequence (__getitem__, not a dict) is reversible; its length is asked next (TypeError "has no len()")
            if (r is PyNone || o.Type.Lookup("__getitem__") is null || o is PyDict)
                throw Err.Type($"'{o.Type.Name}' object is not reversible");
            return new ReversedIterator(cls, o, Ops.Len(o) - 1);
        });

        var iterators = new[]
        {
            Types.Iterator, Types.CallIterator, Types.Enumerate, Types.Zip, Types.Map, Types.Filter, Types.Reversed,
            Types.ListIterator, Types.ListRevIterator, Types.TupleIterator, Types.StrAsciiIterator, Types.StrIterator,
            Types.RangeIterator, Types.LongRangeIterator, Types.DictKeyIterator, Types.DictValueIterator, Types.DictItemIterator,
            Types.DictRevKeyIterator, Types.DictRevValueIterator, Types.DictRevItemIterator, Types.SetIterator,
            Types.BytesIterator, Types.ByteArrayIterator,
        };
        foreach (var t in iterators)
        {
            Def.M0(t, "__reduce__", o => ((PyIterator)o).Reduce() ?? throw Err.Type($"cannot pickle '{o.Type.Name}' object"));
            Def.M1(t, "__setstate__", (o, s) => ((PyIterator)o).SetState(s) ? Py.None
                : throw Err.Attribute($"'{o.Type.Name}' object has no attribute '__setstate__'"));
        }
        // enumerate, zip, map, filter and callable_iterator have no length hint in CPython; the others do
        foreach (var t in iterators.Except([Types.CallIterator, Types.Enumerate, Types.Zip, Types.Map, Types.Filter]))
            Def.M0(t, "__length_hint__", o => PyInt.From(Math.Max(0, ((PyIterator)o).LengthHint())));
    }
}

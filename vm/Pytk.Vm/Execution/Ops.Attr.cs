namespace Pytk.Vm.Execution;

/// <summary>Attribute access: object.__getattribute__ / type.__getattribute__ / super, with the descriptor protocol.</summary>
public static partial class Ops
{
    /// <summary>The __slots__ values of an object: a plain instance's own array; for an instance of a subclass of a
    /// built-in type (a dict or list underneath), an array kept beside it for as long as it lives.</summary>
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, PyObject?[]> builtinSlots = new();

    public static PyObject?[]? SlotsOf(PyObject obj, bool create)
    {
        if (obj is PyInstance inst)
        {
            if (inst.Slots is null && create) inst.Slots = new PyObject?[Math.Max(inst.Type.SlotCount, 1)];
            return inst.Slots;
        }
        if (builtinSlots.TryGetValue(obj, out var s)) return s;
        return create ? builtinSlots.GetValue(obj, o => new PyObject?[Math.Max(o.Type.SlotCount, 1)]) : null;
    }

    /// <summary>object.__getattribute__ itself, to recognise classes that do not override it.</summary>
    public static PyObject ObjectGetAttribute = null!;
    public static PyObject ObjectSetAttr = null!;

    public static PyObject GetAttr(PyObject o, string name) =>
        GetAttrOrNull(o, name, raise: true) ?? throw Err.NoAttr(o, name);

    public static PyObject? GetAttrOrNull(PyObject o, string name, bool raise = false)
    {
        switch (o)
        {
            case PyType t: return TypeGetAttr(t, name);
            case PySuper s: return SuperGetAttr(s, name);
            case PyModule m:
                if (m.Dict!.TryGetValue(name, out var mv)) return mv;
                // the module type's own attributes (__dict__, __class__) come before a module __getattr__
                if (m.Dict.TryGetValue("__getattr__", out var mga)) return GenericGetAttr(o, name) ?? Call(mga, new PyStr(name));
                break;
        }
        var tp = o.Type;
        if (!tp.IsBuiltin)
        {
            var ga = tp.Lookup("__getattribute__");
            if (ga is not null && ga != ObjectGetAttribute)
            {
                try { return CallSpecial(ga, o, new PyStr(name)); }
                catch (PyException e) when (Err.Matches(e.Value, ExcTypes.AttributeError) && tp.Lookup("__getattr__") is { } g0)
                { return CallSpecial(g0, o, new PyStr(name)); }
            }
        }
        var r = GenericGetAttr(o, name);
        if (r is not null) return r;
        if (!tp.IsBuiltin && tp.Lookup("__getattr__") is { } g) return CallSpecial(g, o, new PyStr(name));
        // A bound method forwards unknown attributes to its function (CPython's method_getattro).
        if (o is PyMethod bm) return GetAttrOrNull(bm.Func, name, raise);
        return null;
    }

    public static bool IsDataDescriptor(PyObject d) =>
        d is PyProperty or PySlotDescriptor ||
        (!d.Type.IsBuiltin && (d.Type.Lookup("__set__") is not null || d.Type.Lookup("__delete__") is not null));

    /// <summary>
    /// A data descriptor that also has __get__, so it wins over the instance's dictionary on reads. One with only
    /// __set__ (or __delete__) is read like a plain class attribute: the instance's own value first, else itself.
    /// </summary>
    public static bool IsReadDataDescriptor(PyObject d) =>
        IsDataDescriptor(d) && (d.Type.IsBuiltin || d.Type.Lookup("__get__") is not null);

    public static PyObject? GenericGetAttr(PyObject o, string name)
    {
        var tp = o.Type;
        var descr = tp.Lookup(name);
        if (descr is not null && IsReadDataDescriptor(descr)) return DescrGet(descr, o, tp);
        if (o.Dict is not null && o.Dict.TryGetValue(name, out var v)) return v;
        return descr is null ? null : DescrGet(descr, o, tp);
    }

    /// <summary>descr.__get__(obj, type): how a class attribute appears when read through an instance.</summary>
    public static PyObject DescrGet(PyObject descr, PyObject? obj, PyType type)
    {
        switch (descr)
        {
            case PyFunction: return obj is null ? descr : new PyMethod(obj, descr);
            case PyBuiltin b: return obj is null || !b.Binds || b.Self is not null ? descr : new PyBuiltin(b.Name, b.Fn, b.Binds) { Self = obj, OwnerName = b.OwnerName };
            case PyStaticMethod s: return s.Func;
            case PyClassMethod c: return c.Func is PyBuiltin cb ? new PyBuiltin(cb.Name, cb.Fn, true) { Self = type, OwnerName = cb.OwnerName } : new PyMethod(type, c.Func);
            case PyProperty p when p.Type.IsBuiltin:   // a subclass's own __get__ is called below
                if (obj is null) return descr;
                if (p.Get is null) throw Err.Attribute($"property '{p.Name ?? "?"}' of '{type.Name}' object has no getter");
                return Call(p.Get, obj);
            case PySlotDescriptor sd:
                if (obj is null) return descr;
                return SlotsOf(obj, false)?[sd.Index] ?? throw Err.Attribute($"'{type.Name}' object has no attribute '{sd.Name}'");
            case PySuper su when su.Type == Types.Super:
                // an unbound super(C) stored in a class binds to the instance it is read through
                return obj is null || su.Obj is not null ? descr : Builtins.MakeSuper([su.ThisType, obj]);
        }
        if (!descr.Type.IsBuiltin && descr.Type.Lookup("__get__") is { } get)
            return CallSpecial(get, descr, obj ?? Py.None, type);
        return descr;
    }

    static PyObject? TypeGetAttr(PyType t, string name)
    {
        var meta = t.Type;
        var mdescr = meta.Lookup(name);
        if (mdescr is not null && IsReadDataDescriptor(mdescr)) return DescrGet(mdescr, t, meta);
        var descr = t.Lookup(name);
        if (descr is not null)
        {
            if ((descr is PyProperty && descr.Type.IsBuiltin) || descr is PySlotDescriptor) return descr;
            return DescrGet(descr, null, t);
        }
        if (mdescr is not null) return DescrGet(mdescr, t, meta);
        if (meta != Types.Type && meta.Lookup("__getattr__") is { } g) return CallSpecial(g, t, new PyStr(name));
        return null;
    }

    static PyObject? SuperGetAttr(PySuper s, string name)
    {
        if (name == "__class__") return Types.Super;
        var startType = s.ObjType ?? s.ThisType;
        var mro = startType.Mro;
        int i = Array.IndexOf(mro, s.ThisType);
        for (i++; i < mro.Length; i++)
        {
            if (!mro[i].Dict!.TryGetValue(name, out var d)) continue;
            if (s.Obj is null) return d;
            // super() from a classmethod binds to the class; from a method to the instance.
            return DescrGet(d, s.Obj == s.ObjType ? null : s.Obj, s.ObjType!) is var r && d is PyClassMethod cm
                ? new PyMethod(s.ObjType!, cm.Func) : r;
        }
        return GenericGetAttr(s, name);
    }

    public static void SetAttr(PyObject o, string name, PyObject value)
    {
        if (o is PyType t)
        {
            // A metaclass's own __setattr__ (enum's refuses to rebind members) sees class attribute stores.
            if (!t.Type.IsBuiltin && t.Type.Lookup("__setattr__") is { } msa && msa != TypeSetAttrFn && msa != ObjectSetAttr)
            { Call(msa, o, new PyStr(name), value); return; }
            TypeSetAttr(t, name, value);
            return;
        }
        var tp = o.Type;
        if (!tp.IsBuiltin)
        {
            var sa = tp.Lookup("__setattr__");
            if (sa is not null && sa != ObjectSetAttr) { Call(sa, o, new PyStr(name), value); return; }
        }
        GenericSetAttr(o, name, value);
    }

    /// <summary>type.__setattr__ and type.__delattr__ (the builtin methods; set by ObjectMethods).</summary>
    public static PyObject? TypeSetAttrFn, TypeDelAttrFn;

    /// <summary>type.__setattr__: a data descriptor of the metaclass, else the class's own dictionary.</summary>
    public static void TypeSetAttr(PyType t, string name, PyObject value)
    {
        var md = t.Type.Lookup(name);
        if (md is not null && IsDataDescriptor(md)) { DescrSet(md, t, value, name); return; }
        t.SetAttr(name, value);
    }

    /// <summary>type.__delattr__.</summary>
    public static void TypeDelAttr(PyType t, string name)
    {
        if (t.IsBuiltin || !t.Dict!.Remove(name)) throw Err.NoAttr(t, name);
        t.Modified();
    }

    public static void GenericSetAttr(PyObject o, string name, PyObject? value)
    {
        var tp = o.Type;
        var descr = tp.Lookup(name);
        if (descr is not null && IsDataDescriptor(descr)) { DescrSet(descr, o, value, name); return; }
        if (!HasDict(o))
        {
            if (descr is not null && value is not null)
                throw Err.Attribute($"'{tp.Name}' object attribute '{name}' is read-only");
            if (value is not null)
                throw Err.Attribute($"'{tp.Name}' object has no attribute '{name}' and no __dict__ for setting new attributes");
            throw Err.Attribute($"'{tp.Name}' object has no attribute '{name}'");
        }
        if (value is null)
        {
            if (o.Dict is null || !o.Dict.Remove(name)) throw Err.NoAttr(o, name);
            return;
        }
        (o.Dict ??= new())[name] = value;
    }

    static bool HasDict(PyObject o) => o switch
    {
        PyFunction or PyModule or PyBaseException or PyClassMethod or PyStaticMethod => true,
        _ => !o.Type.IsBuiltin && o.Type.HasDictSlot,
    };

    static void DescrSet(PyObject descr, PyObject obj, PyObject? value, string name)
    {
        switch (descr)
        {
            case PyProperty p when p.Type.IsBuiltin:   // a subclass's own __set__/__delete__ is called below
                var f = value is null ? p.Del : p.Set;
                if (f is null && p.Owner is not null)
                    throw Err.Attribute($"attribute '{p.Name}' of '{p.Owner}' objects is not writable");
                if (f is null)
                    throw Err.Attribute(value is null
                        ? $"property '{p.Name ?? name}' of '{obj.Type.Name}' object has no deleter"
                        : $"property '{p.Name ?? name}' of '{obj.Type.Name}' object has no setter");
                if (value is null) Call(f, obj); else Call(f, obj, value);
                return;
            case PySlotDescriptor sd:
                var slots = SlotsOf(obj, true)!;
                if (sd.Index >= slots.Length) throw Err.Type($"descriptor '{sd.Name}' for '{sd.Name}' objects doesn't apply to a '{obj.Type.Name}' object");
                if (value is null && slots[sd.Index] is null) throw Err.Attribute(sd.Name);
                slots[sd.Index] = value;
                return;
        }
        if (value is null)
        {
            var del = descr.Type.Lookup("__delete__") ?? throw Err.Attribute("__delete__");
            CallSpecial(del, descr, obj);
        }
        else
        {
            var set = descr.Type.Lookup("__set__") ?? throw Err.Attribute($"'{obj.Type.Name}' object attribute '{name}' is read-only");
            CallSpecial(set, descr, obj, value);
        }
    }

    public static void DelAttr(PyObject o, string name)
    {
        if (o is PyType t)
        {
            if (!t.Type.IsBuiltin && t.Type.Lookup("__delattr__") is { } mda && mda != TypeDelAttrFn && mda is not PyBuiltin)
            { Call(mda, o, new PyStr(name)); return; }
            TypeDelAttr(t, name);
            return;
        }
        if (!o.Type.IsBuiltin && o.Type.Lookup("__delattr__") is { } da && da is not PyBuiltin)
        { Call(da, o, new PyStr(name)); return; }
        GenericSetAttr(o, name, null);
    }

    public static bool HasAttr(PyObject o, string name)
    {
        try { return GetAttrOrNull(o, name) is not null; }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.AttributeError)) { return false; }
    }
}

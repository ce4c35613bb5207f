namespace Pytk.Vm.Objects;

/// <summary>
/// One inline cache entry of LOAD_ATTR/STORE_ATTR: what the attribute lookup found on a class, valid while the
/// object's type and the global class version (bumped by any class dictionary change) are unchanged.
/// </summary>
public sealed class AttrSite
{
    public PyType? Type;
    public int Version = -1;
    public AttrKind Kind;
    /// <summary>The class attribute (MRO lookup) of that name, or null.</summary>
    public PyObject? Descr;
    /// <summary>The next entry, for a name seen on objects of several types (subclasses sharing a method name, two
    /// classes with the same attribute): a single entry refilled on every change of type was 4% of richards.py, and
    /// two entries still thrashed there (a base-class method reads `self.x` of four Task subclasses: FillLoad 2.3%,
    /// FillStore in AttrCache.Store's 2.2%). At most <see cref="Entries"/> entries per name.</summary>
    public AttrSite? Alt;
    /// <summary>Where a store last found or put the name in an instance dict (NamespaceProbe): instances made by
    /// the same __init__ have it at the same entry index, so the next store writes there without hashing.</summary>
    public int Hint = -1;

    /// <summary>Entries per name (types a site serves without refilling).</summary>
    public const int Entries = 4;

    /// <summary>The entry valid for <paramref name="tp"/>, or null.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public AttrSite? For(PyType tp)
    {
        int version = tp.Tag;
        if (Type == tp && Version == version) return this;
        for (var alt = Alt; alt is not null; alt = alt.Alt)
            if (alt.Type == tp && alt.Version == version) return alt;
        return null;
    }

    /// <summary>The entry to refill for a type no entry holds: the first stale one (its class changed), else a new
    /// one at the end while there are fewer than <see cref="Entries"/>, else the last (so the first types seen keep
    /// their entries).</summary>
    public AttrSite Victim()
    {
        var e = this;
        for (int n = 1; ; n++, e = e.Alt)
        {
            if (e.Type is null || e.Version != e.Type.Tag) return e;
            if (e.Alt is null) return n < Entries ? e.Alt = new AttrSite() : e;
        }
    }
}

public enum AttrKind : byte
{
    /// <summary>The full protocol (type objects, super, modules, custom __getattribute__/__setattr__...).</summary>
    Generic,
    /// <summary>Load: the instance dict, then the (non-data) class attribute. Store: the instance dict.</summary>
    Plain,
    /// <summary>A data descriptor on the class (property, __slots__ member, ...) decides.</summary>
    Data,
}

/// <summary>
/// The caches live in the code object, one per name index rather than per instruction, so they need no
/// program counter and any loop can use them; a site seeing another type just refills (stays correct).
/// </summary>
public static class AttrCache
{
    public static PyObject Load(Frame f, PyObject o, int arg)
    {
        var code = f.Code;
        var tp = o.Type;
        var first = (code.LoadSites ??= new AttrSite?[code.Names.Length])[arg] ??= new AttrSite();
        var site = first.For(tp);
        if (site is null) FillLoad(site = first.Victim(), o, tp, code.Names[arg]);
        switch (site.Kind)
        {
            case AttrKind.Plain:
                if (o.Dict is { } d && d.TryGetValue(code.Names[arg], out var v)) return v;
                if (site.Descr is { } descr) return Ops.DescrGet(descr, o, tp);
                break;
            case AttrKind.Data:
                return Ops.DescrGet(site.Descr!, o, tp);
        }
        return Ops.GetAttr(o, code.Names[arg]);
    }

    static void FillLoad(AttrSite site, PyObject o, PyType tp, string name)
    {
        int tag = tp.Tag;  // read first: a change during the lookups leaves the entry stale, never wrong
        site.Kind = AttrKind.Generic;
        site.Descr = null;
        if (!(o is PyType or PySuper or PyModule || tp.IsSubtypeOf(Types.Type) || tp.IsSubtypeOf(Types.Super) || tp.IsSubtypeOf(Types.Module))
            && (tp.IsBuiltin || tp.Lookup("__getattribute__") is not { } ga || ga == Ops.ObjectGetAttribute))
        {
            var descr = tp.Lookup(name);
            site.Descr = descr;
            site.Kind = descr is not null && Ops.IsDataDescriptor(descr) ? AttrKind.Data : AttrKind.Plain;
        }
        site.Type = tp;
        site.Version = tag;
    }

    public static void Store(Frame f, PyObject o, int arg, PyObject value)
    {
        var code = f.Code;
        var tp = o.Type;
        var first = (code.StoreSites ??= new AttrSite?[code.Names.Length])[arg] ??= new AttrSite();
        var site = first.For(tp);
        if (site is null) FillStore(site = first.Victim(), o, tp, code.Names[arg]);
        switch (site.Kind)
        {
            case AttrKind.Plain:
                var d = o.Dict ??= new();
                var name = code.Names[arg];
                if (NamespaceProbe.TrySetAt(d, site.Hint, name, value)) return;
                d[name] = value;
                int at = NamespaceProbe.LastIndexOf(d, name);  // a new key, usually (an __init__)
                site.Hint = at >= 0 || d.Count > 8 ? at : NamespaceProbe.IndexOf(d, name);
                return;
            case AttrKind.Data when site.Descr is PySlotDescriptor sd && o is PyInstance { Slots: { } slots }:
                slots[sd.Index] = value;
                return;
        }
        Ops.SetAttr(o, code.Names[arg], value);
    }

    static void FillStore(AttrSite site, PyObject o, PyType tp, string name)
    {
        int tag = tp.Tag;  // read first: a change during the lookups leaves the entry stale, never wrong
        site.Kind = AttrKind.Generic;
        site.Descr = null;
        if (o is not (PyType or PyModule) && !tp.IsBuiltin && tp.Lookup("__setattr__") == Ops.ObjectSetAttr)
        {
            var descr = tp.Lookup(name);
            site.Descr = descr;
            if (descr is not null && Ops.IsDataDescriptor(descr)) site.Kind = AttrKind.Data;
            else if (o is PyFunction or PyBaseException || tp.HasDictSlot) site.Kind = AttrKind.Plain;
        }
        site.Type = tp;
        site.Version = tag;
    }
}

using System.Reflection;
using System.Reflection.Emit;

namespace Pytk.Vm.Execution;

/// <summary>
/// Reads a namespace (`Dictionary&lt;string, PyObject&gt;`: module globals, builtins, instance dicts) at a known entry
/// index instead of hashing the name: what LOAD_GLOBAL's specialized forms use as their guard and their load.
///
/// Why this is sound without any writer's cooperation (namespaces are written from dozens of places: STORE_GLOBAL,
/// `globals()[k] = v`, `setattr(module, ...)`, `module.__dict__`, imports, `del`): a .NET Dictionary keeps its
/// entries in one array, a key stays at its index for as long as it is in the dictionary (a resize copies the
/// entries in order; only TrimExcess, which pytk never calls, compacts them), a removal clears the entry's key, and
/// keys are unique. So when `entries[i].key == name`, `entries[i].value` is the dictionary's value for `name` now,
/// whatever happened to it since the index was found: an overwrite is read live, a deletion fails the key test,
/// a re-insertion elsewhere fails it too. Where a form needs to know that a name is still *absent* (a builtin
/// shadowed by no global), it compares the dictionary's private `_version`, which every insertion of a new key
/// bumps (overwrites and removals do not, and need not: neither makes an absent name present).
///
/// The private fields are read by IL built once at start-up (a DynamicMethod may read them); when the running
/// .NET has no such fields (<see cref="Available"/> false), nothing specializes on them.
/// </summary>
public static class NamespaceProbe
{
    static readonly FieldInfo? EntriesField = typeof(Dictionary<string, PyObject>).GetField("_entries", BindingFlags.Instance | BindingFlags.NonPublic);
    static readonly FieldInfo? VersionField = typeof(Dictionary<string, PyObject>).GetField("_version", BindingFlags.Instance | BindingFlags.NonPublic);
    static readonly Type? EntryType = EntriesField?.FieldType.GetElementType();
    static readonly FieldInfo? KeyField = EntryType?.GetField("key", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
    static readonly FieldInfo? ValueField = EntryType?.GetField("value", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    static readonly MethodInfo StringEquals = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;

    /// <summary>The fields the probes read exist (with the types they need) and a probe of a sample dictionary
    /// gives what its indexer gives.</summary>
    public static readonly bool Available;

    static readonly Func<Dictionary<string, PyObject>, int, string, PyObject?> at = null!;
    static readonly Func<Dictionary<string, PyObject>, int> version = null!;
    static readonly Func<Dictionary<string, PyObject>, int, string, PyObject, bool> setAt = null!;
    static readonly Func<Dictionary<string, PyObject>, int> capacity = null!;

    static NamespaceProbe()
    {
        if (EntriesField is null || VersionField is null || EntryType is null || KeyField is null || ValueField is null
            || VersionField.FieldType != typeof(int) || KeyField.FieldType != typeof(string) || ValueField.FieldType != typeof(PyObject))
            return;
        try
        {
            at = Build<Func<Dictionary<string, PyObject>, int, string, PyObject?>>("ns:at", typeof(PyObject), [typeof(Dictionary<string, PyObject>), typeof(int), typeof(string)], il =>
            {
                var miss = il.DefineLabel();
                EmitAt(il, () => il.Emit(OpCodes.Ldarg_0), () => il.Emit(OpCodes.Ldarg_1), () => il.Emit(OpCodes.Ldarg_2), miss);
                il.Emit(OpCodes.Ret);
                il.MarkLabel(miss);
                il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Ret);
            });
            setAt = Build<Func<Dictionary<string, PyObject>, int, string, PyObject, bool>>("ns:setAt", typeof(bool), [typeof(Dictionary<string, PyObject>), typeof(int), typeof(string), typeof(PyObject)], il =>
            {
                // The entry's address is taken again after the test (EmitAt leaves the old value on the stack).
                var miss = il.DefineLabel();
                EmitAt(il, () => il.Emit(OpCodes.Ldarg_0), () => il.Emit(OpCodes.Ldarg_1), () => il.Emit(OpCodes.Ldarg_2), miss);
                il.Emit(OpCodes.Pop);
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, EntriesField);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldelema, EntryType);
                il.Emit(OpCodes.Ldarg_3);
                il.Emit(OpCodes.Stfld, ValueField);
                il.Emit(OpCodes.Ldc_I4_1);
                il.Emit(OpCodes.Ret);
                il.MarkLabel(miss);
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Ret);
            });
            version = Build<Func<Dictionary<string, PyObject>, int>>("ns:version", typeof(int), [typeof(Dictionary<string, PyObject>)], il =>
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, VersionField);
                il.Emit(OpCodes.Ret);
            });
            capacity = Build<Func<Dictionary<string, PyObject>, int>>("ns:capacity", typeof(int), [typeof(Dictionary<string, PyObject>)], il =>
            {
                var none = il.DefineLabel();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, EntriesField);
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Brfalse, none);
                il.Emit(OpCodes.Ldlen);
                il.Emit(OpCodes.Conv_I4);
                il.Emit(OpCodes.Ret);
                il.MarkLabel(none);
                il.Emit(OpCodes.Pop);
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Ret);
            });
            Available = SelfTest();
        }
        catch (Exception e) when (e is InvalidProgramException or NotSupportedException or MemberAccessException or ArgumentException)
        {
            Available = false;
        }
    }

    static T Build<T>(string name, Type ret, Type[] args, Action<ILGenerator> body) where T : Delegate
    {
        var dm = new DynamicMethod(name, ret, args, typeof(NamespaceProbe).Module, skipVisibility: true);
        body(dm.GetILGenerator());
        return dm.CreateDelegate<T>();
    }

    /// <summary>
    /// Emits `entries = dict._entries; if (entries is null || (uint)index &gt;= entries.Length ||
    /// !string.Equals(entries[index].key, name)) goto miss; push entries[index].value` (which may be null, when another
    /// thread removes the key meanwhile: callers treat null as a miss too). The threaded loop's templates inline it.
    /// </summary>
    public static void EmitAt(ILGenerator il, Action loadDict, Action loadIndex, Action loadName, Label miss)
    {
        var entries = il.DeclareLocal(EntriesField!.FieldType);
        var index = il.DeclareLocal(typeof(int));
        loadDict();
        il.Emit(OpCodes.Ldfld, EntriesField);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, entries);
        il.Emit(OpCodes.Brfalse, miss);
        loadIndex();
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, index);
        il.Emit(OpCodes.Ldloc, entries);
        il.Emit(OpCodes.Ldlen);
        il.Emit(OpCodes.Conv_I4);
        il.Emit(OpCodes.Bge_Un, miss);
        il.Emit(OpCodes.Ldloc, entries);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Ldelema, EntryType!);
        il.Emit(OpCodes.Ldfld, KeyField!);
        loadName();
        il.Emit(OpCodes.Call, StringEquals);
        il.Emit(OpCodes.Brfalse, miss);
        il.Emit(OpCodes.Ldloc, entries);
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Ldelema, EntryType!);
        il.Emit(OpCodes.Ldfld, ValueField!);
    }

    /// <summary>Emits `dict._version` for the dictionary on top of the IL stack.</summary>
    public static void EmitVersion(ILGenerator il) => il.Emit(OpCodes.Ldfld, VersionField!);

    static bool SelfTest()
    {
        var d = new Dictionary<string, PyObject>();
        var a = new PyStr("a");
        var b = new PyStr("b");
        d["x"] = a;
        d["y"] = b;
        int ix = Scan(d, "x"), iy = Scan(d, "y");
        if (ix < 0 || iy < 0 || at(d, ix, "x") != a || at(d, iy, "y") != b || at(d, ix, "y") is not null) return false;
        d["x"] = b;  // an overwrite is read live
        if (at(d, ix, "x") != b) return false;
        if (!setAt(d, ix, "x", a) || d["x"] != a || setAt(d, iy, "x", b) || d["y"] != b) return false;
        int v = version(d);
        d.Remove("x");  // a removal fails the key test
        if (at(d, ix, "x") is not null) return false;
        d["z"] = a;  // an insertion bumps the version
        return version(d) != v;
    }

    /// <summary>dict[name] when its entry is at <paramref name="index"/>, else null.</summary>
    public static PyObject? At(Dictionary<string, PyObject> dict, int index, string name) => Available ? at(dict, index, name) : null;

    /// <summary>dict[name] = value when name's entry is at <paramref name="index"/> (what the indexer does to an
    /// existing key: the value replaced in place); false, changing nothing, when it is not there.</summary>
    public static bool TrySetAt(Dictionary<string, PyObject> dict, int index, string name, PyObject value) =>
        Available && setAt(dict, index, name, value);

    /// <summary>The index of <paramref name="name"/>'s entry if it is the last one made (what an insertion into a
    /// dictionary without holes gives), else -1: a cheap way to learn where a store just put a new key.</summary>
    public static int LastIndexOf(Dictionary<string, PyObject> dict, string name)
    {
        int i = dict.Count - 1;
        return i >= 0 && At(dict, i, name) is not null ? i : -1;
    }

    /// <summary>The dictionary's insertion count (bumped by every new key).</summary>
    public static int Version(Dictionary<string, PyObject> dict) => version(dict);

    /// <summary>The entry index of <paramref name="name"/> in <paramref name="dict"/>, or -1 (a scan: for filling caches).</summary>
    public static int IndexOf(Dictionary<string, PyObject> dict, string name) => Available ? Scan(dict, name) : -1;

    static int Scan(Dictionary<string, PyObject> dict, string name)
    {
        int n = capacity(dict);
        for (int i = 0; i < n; i++)
            if (at(dict, i, name) is not null) return i;
        return -1;
    }
}

using System.Numerics;
using A = Pytk.Syntax;

namespace Pytk.Vm.BuiltinTypes.Code;

/// <summary>
/// A code object as the runtime runs it: the compiler's plain <see cref="CodeObject"/> with its constants boxed
/// into Python objects (once, when the code is loaded), the names as interned str objects, and the runtime's
/// per-code state (the threaded loop's compiled delegate, tiering counters, attribute inline caches).
/// The plain members read through to <see cref="Data"/>.
/// </summary>
public sealed class PyCode : PyObject
{
    /// <summary>The compiled code this object runs.</summary>
    public readonly CodeObject Data;
    /// <summary>co_consts, boxed: nested code objects are PyCode objects.</summary>
    public readonly PyObject[] Consts;
    /// <summary>Interned PyStr for each name, so LOAD_ATTR and friends do not allocate.</summary>
    public readonly PyStr[] NameObjects;
    /// <summary>The docstring (None if the body has none), copied to the function by MAKE_FUNCTION.</summary>
    public readonly PyObject Doc;
    /// <summary>This code compiled for the threaded loop (built on first run), and its instruction-counting variant.</summary>
    public Func<Frame, int, PyObject?>? Threaded, ThreadedCounting;
    /// <summary>Runs of this code under --dispatch threaded before it was compiled (tiering, see ThreadedLoop).</summary>
    public int ThreadedRuns;
    /// <summary>Backward jumps the switch loop took in this code: a hot loop moves to the threaded loop mid-run.</summary>
    public int BackEdges;
    /// <summary>Inline caches of LOAD_ATTR / STORE_ATTR, per name index (made on first use).</summary>
    public AttrSite?[]? LoadSites, StoreSites;
    /// <summary>Quickening (Dispatch/Specialize.cs), per pc: an adaptive instruction's executions towards its warm-up
    /// (negative while backing off), a specialized one's guard misses, and its inline cache.</summary>
    public int[]? Counters;
    public byte[]? Misses;
    public object?[]? Caches;

    /// <param name="consts">Constants already boxed (a code object made at run time); null boxes Data's.</param>
    /// <param name="shareInstructions">Run Data's own instruction arrays (and nested code's), so quickening shows
    /// in them afterwards (`dis --adaptive`); by default this object runs a copy.</param>
    public PyCode(CodeObject data, PyObject[]? consts = null, bool shareInstructions = false) : base(Types.Code)
    {
        Data = data;
        Code = shareInstructions ? data.Code : (Instr[])data.Code.Clone();
        Consts = consts ?? Array.ConvertAll(data.Consts, v => v is CodeObject c ? new PyCode(c, null, shareInstructions) : Box(v));
        // Names interned: an attribute or global stored by one code object and read by another is then the same
        // string, so the namespace lookups and NamespaceProbe's key test compare references, not characters
        // (SpanHelpers.SequenceEqual was 2.8% of richards.py). Writing the same characters back is harmless to a
        // runtime reading the shared array meanwhile.
        var names = data.Names;
        for (int i = 0; i < names.Length; i++) names[i] = string.Intern(names[i]);
        NameObjects = Array.ConvertAll(names, n => new PyStr(n));
        Doc = data.Doc is null ? Py.None : Box(data.Doc);
    }

    public string Name => Data.Name;
    public string QualName => Data.QualName;
    public string Filename => Data.Filename;
    public int FirstLine => Data.FirstLine;
    /// <summary>The instructions this runtime runs: a copy of Data's, because quickening rewrites them in place
    /// and a compiled code object (a shipped module's, say) may be loaded by several runtimes at once.</summary>
    public readonly Instr[] Code;
    public Position[] Positions => Data.Positions;
    public string[] Names => Data.Names;
    public string[] VarNames => Data.VarNames;
    public string[] CellVars => Data.CellVars;
    public string[] FreeVars => Data.FreeVars;
    public int ArgCount => Data.ArgCount;
    public int PosOnlyArgCount => Data.PosOnlyArgCount;
    public int KwOnlyArgCount => Data.KwOnlyArgCount;
    public int StackSize => Data.StackSize;
    public CodeFlags Flags => Data.Flags;
    public ExceptionEntry[] ExceptionTable => Data.ExceptionTable;
    public int[] CellToArg => Data.CellToArg;
    public string[]? SourceLines { get => Data.SourceLines; set => Data.SourceLines = value; }
    public int TotalArgs => Data.TotalArgs;
    public bool IsGenerator => Data.IsGenerator;
    public int LineAt(int pc) => Data.LineAt(pc);
    public ExceptionEntry? HandlerFor(int pc) => Data.HandlerFor(pc);

    /// <summary>A constant value of the compiler (Pytk.Syntax's constant model) as a Python object.</summary>
    public static PyObject Box(object? v) => v switch
    {
        null => Py.None,
        PyObject o => o,
        CodeObject c => new PyCode(c),
        bool b => Py.Bool(b),
        BigInteger i => PyInt.From(i),
        int i => PyInt.From(i),
        long l => PyInt.From(l),
        double d => new PyFloat(d),
        Complex c => new PyComplex(c.Real, c.Imaginary),
        string s => PyStr.Constant(s),
        byte[] b => new PyBytes(b),
        A.EllipsisConstant => Py.Ellipsis,
        A.SurrogateStr ss => new PyStr(PyStr.FromCodePoints(ss.CodePoints)),
        A.TupleConstant t => t.Items.Count == 0 ? PyTuple.Empty : new PyTuple(t.Items.Select(Box).ToArray()),
        A.FrozenSetConstant f => FrozenSet(f.Items.Select(Box)),
        KnownConstant k => KnownConstants.Get(k) ?? throw new ArgumentException($"unknown runtime constant '{k.Name}'"),
        _ => throw new ArgumentException($"not a constant: {v.GetType().Name}"),
    };

    /// <summary>
    /// A frozenset constant laid out as CPython's: built from the items in order, then rebuilt from that set's
    /// iteration order, as CPython's compiler does when it merges a code object's constants (merge_consts_recursive).
    /// </summary>
    public static PySet FrozenSet(IEnumerable<PyObject> items)
    {
        var first = new PySet(frozen: true);
        foreach (var x in items) first.Add(x);
        var merged = new PySet(frozen: true);
        foreach (var x in first.Items().ToArray()) merged.Add(x);
        return merged;
    }

    /// <summary>A Python constant back in the compiler's constant model (the inverse of <see cref="Box"/>);
    /// objects that have no constant form are passed on as they are.</summary>
    public static object? Unbox(PyObject v) => v switch
    {
        PyNone => null,
        PyBool b => b.Value,
        PyInt i when i.Type == Types.Int => i.AsBig,
        PyFloat f when f.Type == Types.Float => f.V,
        PyComplex c when c.Type == Types.Complex => new Complex(c.Real, c.Imag),
        PyStr s when s.Type == Types.Str => s.Value,
        PyBytes b when b.Type == Types.Bytes => b.Value,
        PyTuple t when t.Type == Types.Tuple => new A.TupleConstant(t.Items.Select(Unbox).ToList()),
        PySet { Frozen: true } s when s.Type == Types.FrozenSet => new A.FrozenSetConstant(s.Items().Select(Unbox).ToList()),
        PyCode c => c.Data,
        _ when v == Py.Ellipsis => A.EllipsisConstant.Instance,
        _ => KnownConstants.NameOf(v) ?? (object)v,
    };

    /// <summary>`pytk dis`/`dis.dis` of compiled code: the listing with constants shown as the runtime's repr of
    /// the objects they become (a frozenset in CPython's table order; the int-to-str digit limit applies).</summary>
    public static string Disassemble(CodeObject code)
    {
        PythonRuntime.RegisterTypes();
        var boxed = new PyCode(code);
        return Disassembler.Disassemble(code, boxed.ConstReprs());
    }

    /// <summary>Disassembler text of this code's constant at <paramref name="index"/> of <paramref name="code"/>
    /// (this code or one nested in it): the repr of the object it became, as `dis` prints it.</summary>
    public Func<CodeObject, int, string> ConstReprs()
    {
        var boxed = new Dictionary<CodeObject, PyCode>(ReferenceEqualityComparer.Instance);
        void Walk(PyCode c)
        {
            if (!boxed.TryAdd(c.Data, c)) return;
            foreach (var k in c.Consts) if (k is PyCode inner) Walk(inner);
        }
        Walk(this);
        return (code, i) => boxed.TryGetValue(code, out var p) ? Ops.Repr(p.Consts[i]) : Disassembler.ConstRepr(code.Consts[i]);
    }
}

/// <summary>The runtime's objects behind the compiler's <see cref="KnownConstant"/>s (helpers compiled code calls).</summary>
public static class KnownConstants
{
    /// <summary>`case {..., **rest}`: a new dict of the mapping's items without the matched keys.</summary>
    public static readonly PyBuiltin MappingRest = Def.Func("mapping_rest", (a, kw) =>
    {
        var d = new PyDict();
        foreach (var (k, v) in DictMethods.MappingItems(a[0])) d.Set(k, v);
        foreach (var k in ((PyTuple)a[1]).Items) d.Remove(k, out _);
        return d;
    });

    static readonly (KnownConstant Name, PyObject Value)[] Table = [(KnownConstant.MappingRest, MappingRest)];

    public static PyObject? Get(KnownConstant k)
    {
        foreach (var (n, v) in Table) if (n == k) return v;
        return null;
    }

    public static KnownConstant? NameOf(PyObject o)
    {
        foreach (var (n, v) in Table) if (ReferenceEquals(v, o)) return n;
        return null;
    }
}

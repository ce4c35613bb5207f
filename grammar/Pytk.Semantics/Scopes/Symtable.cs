using A = Pytk.Syntax;

namespace Pytk.Semantics;

/// <summary>Block kinds; the last three are PEP 695 annotation scopes (function-like, no statements).</summary>
public enum BlockKind { Module, Class, Function, Comprehension, TypeParams, TypeAlias, TypeVariable }

/// <summary>A name's facts in one block, with CPython's symtable.h bit values (so they print as `python -m symtable` prints them).</summary>
[Flags]
public enum SymFlags
{
    None = 0, Global = 1, Assigned = 2, Param = 4, Nonlocal = 8, Used = 16,
    /// <summary>Free in a method and also bound in the class body (the class passes the cell through).</summary>
    FreeClass = 64,
    Import = 128, Annotated = 256,
    /// <summary>A comprehension's iteration variable.</summary>
    CompIter = 512,
    TypeParam = 1024,
    /// <summary>A cell of an inlined comprehension.</summary>
    CompCell = 2048,
    Bound = Assigned | Param | Import,
}

/// <summary>CPython's scope values (symtable.h: LOCAL 1 .. CELL 5).</summary>
public enum Scope { Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 }

/// <summary>One block's names (module, class, function, lambda, comprehension or annotation scope), as CPython's symtable entries.</summary>
public sealed class SymbolBlock(string name, BlockKind kind, A.AstNode node, SymbolBlock? parent, int line)
{
    public readonly string Name = name;
    public readonly BlockKind Kind = kind;
    public readonly A.AstNode Node = node;
    public readonly SymbolBlock? Parent = parent;
    public readonly int Line = line;
    public readonly Dictionary<string, SymFlags> Flags = new();
    /// <summary>Names in first-seen order (CPython's symbol order; varnames are laid out in it after the parameters).</summary>
    public readonly List<string> Order = new();
    public readonly Dictionary<string, Scope> Scopes = new();
    /// <summary>Nested blocks in source order; after a CPython-view analysis, inlined comprehensions are replaced by their children.</summary>
    public readonly List<SymbolBlock> Children = new();
    public readonly List<string> Params = new();
    /// <summary><c>from m import *</c> (module level only): any global may be rebound by it.</summary>
    public bool HasStarImport;
    public bool IsGenerator, IsCoroutine, HasVarArgs, HasVarKeywords, NeedsClassCell, NeedsClassDict, IsLambda, IsNested;
    /// <summary>An annotation scope in a class body: class-bound names resolve through the class namespace.</summary>
    public bool CanSeeClassScope;
    /// <summary>PEP 709: a list/set/dict comprehension merged into its parent (CPython-view analysis only).</summary>
    public bool Inlined;
    internal bool CompIterTarget;
    internal int CompIterExpr;
    /// <summary>In a generic class's type-parameter scope, only these names are mangled.</summary>
    internal HashSet<string>? MangledNames;
    /// <summary>Class-body locals that inner functions also see as free variables of an enclosing function.</summary>
    public IEnumerable<string> ClassFreeToo => Order.Where(n => (Flags[n] & SymFlags.FreeClass) != 0);

    public void Add(string name, SymFlags f)
    {
        if (!Flags.TryGetValue(name, out var old)) { Order.Add(name); old = SymFlags.None; }
        Flags[name] = old | f;
    }

    public Scope ScopeOf(string name) => Scopes.TryGetValue(name, out var s) ? s : Scope.GlobalImplicit;

    // ---- questions about a name as written in the source (private names are mangled first) ----

    /// <summary>The innermost enclosing class's name: private names (<c>__x</c>) in this block are stored
    /// mangled with it (<c>_C__x</c>).</summary>
    public string? PrivateName { get; internal set; }

    /// <summary>The name as this block stores it: <c>__x</c> inside class C is <c>_C__x</c>.</summary>
    public string Stored(string name) =>
        MangledNames is not null && !MangledNames.Contains(name) ? name : Symtable.Mangle(PrivateName, name);

    /// <summary>What a name written in this block refers to: local, cell (local and used by a nested
    /// scope), free (an enclosing function's), explicit global, or implicit global (globals, then builtins;
    /// also every name the block does not mention).</summary>
    public Scope Resolve(string name) => ScopeOf(Stored(name));

    /// <summary>The block's facts about a name written in it (none when it does not mention the name).</summary>
    public SymFlags FlagsOf(string name) => Flags.GetValueOrDefault(Stored(name));

    /// <summary>A variable of this block's own frame: a local or a cell (in a class: a class-body name).</summary>
    public bool IsLocal(string name) => Resolve(name) is Scope.Local or Scope.Cell;

    /// <summary>A nested scope (function, lambda, class body, comprehension) reads or rebinds this block's
    /// variable, so it may change or be seen outside this block's own code.</summary>
    public bool IsCaptured(string name) => Resolve(name) == Scope.Cell;

    /// <summary>A parameter of this function or lambda.</summary>
    public bool IsParameter(string name) => (FlagsOf(name) & SymFlags.Param) != 0;

    /// <summary>The block reads the name (a load in its own code) or a nested scope uses it.</summary>
    public bool IsRead(string name) => (FlagsOf(name) & SymFlags.Used) != 0 || IsCaptured(name);

    /// <summary>The block has a <c>global</c> or <c>nonlocal</c> statement.</summary>
    public bool DeclaresGlobalOrNonlocal => Flags.Values.Any(f => (f & (SymFlags.Global | SymFlags.Nonlocal)) != 0);

    /// <summary>This block and every block nested in it, in source order.</summary>
    public IEnumerable<SymbolBlock> SelfAndDescendants()
    {
        yield return this;
        foreach (var c in Children)
            foreach (var d in c.SelfAndDescendants()) yield return d;
    }

    public bool IsComprehension => Kind == BlockKind.Comprehension;

    public bool IsFunctionLike => Kind is BlockKind.Function or BlockKind.Comprehension or BlockKind.TypeParams
        or BlockKind.TypeAlias or BlockKind.TypeVariable;
}

/// <summary>
/// Builds the blocks of a module and decides every name's scope as CPython 3.13's symtable.c does: one walk
/// records each block's facts (<see cref="SymFlags"/>), then one analysis decides local, global, free and cell.
/// One CPython behaviour is switched on only for <see cref="Build(A.Module, bool)"/>'s CPython view (what
/// `pytk symtable` prints), because the compiler does not implement it: PEP 709 comprehension inlining
/// (pytk compiles each comprehension as its own function).
/// </summary>
public sealed partial class Symtable
{
    public readonly Dictionary<A.AstNode, SymbolBlock> Blocks = new(ReferenceEqualityComparer.Instance);
    /// <summary>Type alias values' and TypeVar bounds' scopes, by their expression (which may itself be a
    /// lambda or comprehension with a block of its own in <see cref="Blocks"/>).</summary>
    public readonly Dictionary<A.AstNode, SymbolBlock> LazyBlocks = new(ReferenceEqualityComparer.Instance);
    public SymbolBlock Top = null!;
    SymbolBlock cur = null!;
    /// <summary>The CPython view: comprehensions are inlined into their parent (PEP 709).</summary>
    readonly bool inlineComprehensions;
    /// <summary>The compiler's view: errors CPython's compiler (not its symtable) reports are raised here too.</summary>
    readonly bool compilerChecks;
    /// <summary>The innermost enclosing class's name, for private-name mangling.</summary>
    string? privateName;
    bool futureAnnotations;

    Symtable(bool inline, bool checks) { inlineComprehensions = inline; compilerChecks = checks; }

    /// <summary>The compiler's tables.</summary>
    public static Symtable Build(A.Module module) => Build(module, cpythonView: false);

    /// <summary>cpythonView: CPython 3.13's tables exactly (inlined comprehensions); no compiler-only checks.</summary>
    public static Symtable Build(A.Module module, bool cpythonView) => Build(module, cpythonView, !cpythonView);

    /// <summary>The tables for analysis (AST passes, plugins): every comprehension its own block, as pytk
    /// compiles it, and no compiler-only checks ('return' outside function is the compiler's business). Still
    /// throws <see cref="CompileError"/> for what CPython's symtable rejects (<c>nonlocal x</c> with no binding).</summary>
    public static Symtable Analyze(A.Module module) => Build(module, inline: false, checks: false);

    static Symtable Build(A.Module module, bool inline, bool checks)
    {
        var st = new Symtable(inline, checks);
        st.futureAnnotations = FutureImports.Scan(module.body).Features.Contains("annotations");
        st.Top = st.Enter("top", BlockKind.Module, module, 0);
        foreach (var s in module.body) st.Stmt(s);
        st.AnalyzeBlock(st.Top, null, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), null);
        return st;
    }

    SymbolBlock Enter(string name, BlockKind kind, A.AstNode node, int line, bool attach = true)
    {
        var prev = cur;
        var b = new SymbolBlock(name, kind, node, prev, line);
        if (prev is not null)
        {
            b.IsNested = prev.IsFunctionLike || prev.IsNested;
            b.CompIterExpr = prev.CompIterExpr;
            if (prev.MangledNames is not null && kind != BlockKind.Class) b.MangledNames = prev.MangledNames;
            if (attach) prev.Children.Add(b);
        }
        if (attach) (kind is BlockKind.TypeAlias or BlockKind.TypeVariable ? LazyBlocks : Blocks)[node] = b;
        b.PrivateName = kind == BlockKind.Class ? name : privateName;
        cur = b;
        return b;
    }

    static CompileError Error(string msg, A.LocatedNode at) => new(msg, at.lineno, at.col_offset);

    /// <summary>An error underlining the whole node, as CPython's symtable reports these.</summary>
    static CompileError RangeError(string msg, A.LocatedNode at) =>
        new(msg, at.lineno, at.col_offset) { EndLine = at.end_lineno ?? at.lineno, EndCol = at.end_col_offset ?? at.col_offset };

    /// <summary>Where each block's global/nonlocal names were declared (errors found by the analysis point there).</summary>
    readonly Dictionary<(SymbolBlock, string), A.LocatedNode> directives = new();

    // ---- analysis (symtable.c: analyze_block, analyze_name, inline_comprehension, update_symbols) ----

    void AnalyzeBlock(SymbolBlock b, HashSet<string>? bound, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, SymbolBlock? classEntry)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, Scope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();
        var inlinedCells = new HashSet<string>();
        if (b.Kind == BlockKind.Class)
        {
            // Class bindings are not visible in methods: children see only what encloses the class.
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }
        foreach (var name in b.Order)
            AnalyzeName(b, scopes, name, b.Flags[name], bound, local, free, global, typeParams, classEntry);
        if (b.Kind != BlockKind.Class)
        {
            if (b.IsFunctionLike) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
            newBound.Add("__classdict__");
        }

        foreach (var c in b.Children)
        {
            var newClassEntry = c.CanSeeClassScope ? (b.Kind == BlockKind.Class ? b : classEntry) : null;
            bool inline = inlineComprehensions && c.IsComprehension && !c.IsGenerator && !b.CanSeeClassScope;
            var childFree = new HashSet<string>(newFree);
            AnalyzeBlock(c, new HashSet<string>(newBound), childFree, new HashSet<string>(newGlobal), new HashSet<string>(typeParams), newClassEntry);
            if (inline)
            {
                InlineComprehension(b, c, scopes, childFree, inlinedCells);
                c.Inlined = true;
            }
            newFree.UnionWith(childFree);
        }
        for (int i = b.Children.Count - 1; i >= 0; i--)
            if (b.Children[i].Inlined)
            {
                var grand = b.Children[i].Children;
                b.Children.RemoveAt(i);
                b.Children.InsertRange(i, grand);
            }

        if (b.IsFunctionLike)
        {
            // A local that a nested block uses freely becomes a cell.
            foreach (var (n, s) in scopes.ToList())
                if (s == Scope.Local && (newFree.Contains(n) || inlinedCells.Contains(n)))
                {
                    scopes[n] = Scope.Cell;
                    newFree.Remove(n);
                }
        }
        else if (b.Kind == BlockKind.Class)
        {
            if (newFree.Remove("__class__")) b.NeedsClassCell = true;
            if (newFree.Remove("__classdict__")) b.NeedsClassDict = true;
        }
        UpdateSymbols(b, scopes, bound, newFree, inlinedCells, b.Kind == BlockKind.Class || b.CanSeeClassScope);
        free.UnionWith(newFree);
    }

    void AnalyzeName(SymbolBlock b, Dictionary<string, Scope> scopes, string name, SymFlags flags, HashSet<string>? bound,
        HashSet<string> local, HashSet<string> free, HashSet<string> global, HashSet<string> typeParams, SymbolBlock? classEntry)
    {
        if ((flags & SymFlags.Global) != 0)
        {
            if ((flags & SymFlags.Nonlocal) != 0) throw DirectiveError($"name '{name}' is nonlocal and global", b, name);
            scopes[name] = Scope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymFlags.Nonlocal) != 0)
        {
            if (bound is null) throw DirectiveError("nonlocal declaration not allowed at module level", b, name);
            if (!bound.Contains(name)) throw DirectiveError($"no binding for nonlocal '{name}' found", b, name);
            if (typeParams.Contains(name)) throw DirectiveError($"nonlocal binding not allowed for type parameter '{name}'", b, name);
            scopes[name] = Scope.Free;
            free.Add(name);
            return;
        }
        if ((flags & SymFlags.Bound) != 0)
        {
            scopes[name] = Scope.Local;
            local.Add(name);
            global.Remove(name);
            if ((flags & SymFlags.TypeParam) != 0) typeParams.Add(name); else typeParams.Remove(name);
            return;
        }
        if (classEntry is not null && classEntry.Flags.TryGetValue(name, out var cf))
        {
            // Bound by the class too: the class namespace (then globals) decides at run time.
            if ((cf & SymFlags.Global) != 0) { scopes[name] = Scope.GlobalExplicit; return; }
            if ((cf & SymFlags.Bound) != 0 && (cf & SymFlags.Nonlocal) == 0) { scopes[name] = Scope.GlobalImplicit; return; }
        }
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = Scope.Free;
            free.Add(name);
            return;
        }
        scopes[name] = Scope.GlobalImplicit;
    }

    CompileError DirectiveError(string msg, SymbolBlock b, string name) =>
        directives.TryGetValue((b, name), out var at) ? RangeError(msg, at) : new CompileError(msg, b.Line, 0) { Point = true };

    static bool IsFreeInAnyChild(SymbolBlock comp, string name) =>
        comp.Children.Any(c => c.Scopes.TryGetValue(name, out var s) && s == Scope.Free);

    static void InlineComprehension(SymbolBlock b, SymbolBlock comp, Dictionary<string, Scope> scopes, HashSet<string> compFree, HashSet<string> inlinedCells)
    {
        bool removeDunderClass = false;
        foreach (var k in comp.Order)
        {
            var flags = comp.Flags[k];
            if ((flags & SymFlags.Param) != 0) continue;  // the `.0` iterator
            var scope = comp.Scopes[k];
            if (scope == Scope.Cell || (flags & SymFlags.CompCell) != 0) inlinedCells.Add(k);
            if (scope == Scope.Free && b.Kind == BlockKind.Class && k == "__class__")
            {
                // __class__ never passes through a class scope.
                scope = Scope.GlobalImplicit;
                compFree.Remove(k);
                removeDunderClass = true;
            }
            if (!b.Flags.TryGetValue(k, out var existing))
            {
                b.Add(k, flags);
                scopes[k] = scope;
            }
            else if ((existing & SymFlags.Bound) != 0 && b.Kind != BlockKind.Class && !IsFreeInAnyChild(comp, k))
                compFree.Remove(k);  // free in the comprehension, local here: now simply a local
        }
        if (removeDunderClass) { comp.Flags.Remove("__class__"); comp.Order.Remove("__class__"); comp.Scopes.Remove("__class__"); }
    }

    static void UpdateSymbols(SymbolBlock b, Dictionary<string, Scope> scopes, HashSet<string>? bound, HashSet<string> free,
        HashSet<string> inlinedCells, bool classFlag)
    {
        foreach (var name in b.Order)
        {
            if (inlinedCells.Contains(name)) b.Flags[name] |= SymFlags.CompCell;
            b.Scopes[name] = scopes[name];
        }
        foreach (var name in free.Order(StringComparer.Ordinal))
        {
            if (b.Flags.ContainsKey(name))
            {
                // A method's free variable that the class body also binds: the class passes the cell through.
                if (classFlag) b.Flags[name] |= SymFlags.FreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;  // a global
            b.Add(name, SymFlags.None);
            b.Scopes[name] = Scope.Free;
        }
    }
}

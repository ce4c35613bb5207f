using A = Pytk.Syntax;

namespace Pytk.Vm.Compiler;

/// <summary>Block kinds; the last three are PEP 695 annotation scopes (function-like, no statements).</summary>
public enum BlockKind { Module, Class, Function, Comprehension, TypeParams, TypeAlias, TypeVariable }

[Flags]
public enum SymFlags
{
    None = 0, Assigned = 1, Param = 2, Used = 4, Global = 8, Nonlocal = 16, Import = 32, Annotated = 64,
    /// <summary>A walrus target inside a comprehension: bound in the enclosing function.</summary>
    CompWalrus = 128,
}

public enum Scope { Local, GlobalExplicit, GlobalImplicit, Free, Cell }

/// <summary>One block's names (module, class, function, lambda or comprehension), as CPython's symtable entries.</summary>
public sealed class SymbolBlock(string name, BlockKind kind, A.AstNode node, SymbolBlock? parent, int line)
{
    public readonly string Name = name;
    public readonly BlockKind Kind = kind;
    public readonly A.AstNode Node = node;
    public readonly SymbolBlock? Parent = parent;
    public readonly int Line = line;
    public readonly Dictionary<string, SymFlags> Flags = new();
    /// <summary>Names in first-seen order (varnames are laid out in this order after the parameters).</summary>
    public readonly List<string> Order = new();
    public readonly Dictionary<string, Scope> Scopes = new();
    public readonly List<SymbolBlock> Children = new();
    public readonly List<string> Params = new();
    public bool IsGenerator, IsCoroutine, HasVarArgs, HasVarKeywords, NeedsClassCell, IsLambda, IsNested;
    public bool UsesSuperOrClass;
    /// <summary>Class-body locals that inner functions also see as free variables of an enclosing function.</summary>
    public readonly HashSet<string> ClassFreeToo = new();

    public void Add(string name, SymFlags f)
    {
        if (!Flags.TryGetValue(name, out var old)) { Order.Add(name); old = SymFlags.None; }
        Flags[name] = old | f;
    }

    public Scope ScopeOf(string name) => Scopes.TryGetValue(name, out var s) ? s
        : Kind == BlockKind.Function || Kind == BlockKind.Comprehension ? Scope.GlobalImplicit : Scope.GlobalImplicit;

    public bool IsFunctionLike => Kind is BlockKind.Function or BlockKind.Comprehension or BlockKind.TypeParams
        or BlockKind.TypeAlias or BlockKind.TypeVariable;
}

/// <summary>
/// Builds the blocks of a module and decides every name's scope the way CPython's symtable.c does:
/// bindings make locals, `global`/`nonlocal` override, free names resolve to the nearest enclosing function
/// (class bodies are skipped), and a function's local captured by an inner function becomes a cell.
/// </summary>
public sealed partial class Symtable
{
    public readonly Dictionary<A.AstNode, SymbolBlock> Blocks = new(ReferenceEqualityComparer.Instance);
    public SymbolBlock Top = null!;
    SymbolBlock cur = null!;

    public static Symtable Build(A.Module module)
    {
        var st = new Symtable();
        st.Top = st.Enter("top", BlockKind.Module, module, 0);
        foreach (var s in module.body) st.Stmt(s);
        st.Analyze(st.Top, new HashSet<string>(), null);
        return st;
    }

    SymbolBlock Enter(string name, BlockKind kind, A.AstNode node, int line)
    {
        var b = new SymbolBlock(name, kind, node, cur, line);
        if (cur is not null)
        {
            cur.Children.Add(b);
            b.IsNested = cur.IsFunctionLike || cur.IsNested;
        }
        Blocks[node] = b;
        cur = b;
        return b;
    }

    static CompileError Error(string msg, A.LocatedNode at) => new(msg, at.lineno, at.col_offset);

    /// <summary>An error underlining the whole node, as CPython's symtable reports these.</summary>
    static CompileError RangeError(string msg, A.LocatedNode at) =>
        new(msg, at.lineno, at.col_offset) { EndLine = at.end_lineno ?? at.lineno, EndCol = at.end_col_offset ?? at.col_offset };

    /// <summary>Where each block's nonlocal names were declared (for "no binding" errors).</summary>
    readonly Dictionary<(SymbolBlock, string), A.LocatedNode> nonlocalAt = new();

    void Bind(string name, A.LocatedNode at, SymFlags how = SymFlags.Assigned)
    {
        if (cur.Flags.TryGetValue(name, out var f) && (f & (SymFlags.Global | SymFlags.Nonlocal)) != 0 && how == SymFlags.Param)
            throw Error($"name '{name}' is parameter and {((f & SymFlags.Global) != 0 ? "global" : "nonlocal")}", at);
        cur.Add(name, how);
    }

    void Use(string name) => cur.Add(name, SymFlags.Used);

    // ---- analysis ----

    /// <summary>bound: names bound in enclosing function scopes (visible as free variables here).</summary>
    void Analyze(SymbolBlock b, HashSet<string> bound, HashSet<string>? globalsAbove)
    {
        var explicitGlobals = new HashSet<string>(globalsAbove ?? []);
        foreach (var (name, f) in b.Flags)
        {
            Scope s;
            if ((f & SymFlags.Global) != 0) { s = Scope.GlobalExplicit; explicitGlobals.Add(name); }
            else if ((f & (SymFlags.Nonlocal | SymFlags.CompWalrus)) != 0)
            {
                if ((f & SymFlags.Nonlocal) != 0 && !bound.Contains(name))
                    throw nonlocalAt.TryGetValue((b, name), out var at)
                        ? RangeError($"no binding for nonlocal '{name}' found", at)
                        : new CompileError($"no binding for nonlocal '{name}' found", b.Line, 0);
                s = bound.Contains(name) ? Scope.Free : Scope.GlobalImplicit;
            }
            else if ((f & (SymFlags.Assigned | SymFlags.Param | SymFlags.Import)) != 0)
            {
                s = Scope.Local;
                if (b.Kind != BlockKind.Class) explicitGlobals.Remove(name);
            }
            else if (b.Kind != BlockKind.Module && bound.Contains(name) && !(explicitGlobals.Contains(name) && b.Kind != BlockKind.Class)) s = Scope.Free;
            else s = b.Kind == BlockKind.Module ? Scope.GlobalImplicit : Scope.GlobalImplicit;
            b.Scopes[name] = s;
        }
        if (b.Kind == BlockKind.Module) { foreach (var n in b.Flags.Keys) b.Scopes[n] = (b.Flags[n] & SymFlags.Global) != 0 ? Scope.GlobalExplicit : Scope.GlobalImplicit; }

        var childBound = new HashSet<string>(bound);
        if (b.IsFunctionLike)
            foreach (var (n, s) in b.Scopes)
                if (s is Scope.Local) childBound.Add(n);
        if (b.IsFunctionLike)
            foreach (var (n, s) in b.Scopes) if (s == Scope.GlobalExplicit) childBound.Remove(n);
        if (b.Kind == BlockKind.Class) childBound.Add("__class__");

        var freeInChildren = new HashSet<string>();
        foreach (var c in b.Children)
        {
            Analyze(c, childBound, explicitGlobals);
            foreach (var (n, s) in c.Scopes) if (s == Scope.Free) freeInChildren.Add(n);
            // A class-body local that a method also sees as free still needs the enclosing function's cell.
            freeInChildren.UnionWith(c.ClassFreeToo);
        }
        foreach (var n in freeInChildren)
        {
            if (b.Kind == BlockKind.Class && n == "__class__") { b.NeedsClassCell = true; continue; }
            if (b.Scopes.TryGetValue(n, out var s))
            {
                if (s == Scope.Local && b.IsFunctionLike) b.Scopes[n] = Scope.Cell;
                else if (s is Scope.GlobalImplicit or Scope.GlobalExplicit && b.Kind != BlockKind.Class && bound.Contains(n) && s == Scope.GlobalImplicit) b.Scopes[n] = Scope.Free;
                else if (b.Kind == BlockKind.Class && s == Scope.Local && bound.Contains(n)) { b.ClassFreeToo.Add(n); }
                else if (b.Kind == BlockKind.Class && s == Scope.GlobalImplicit && bound.Contains(n)) b.Scopes[n] = Scope.Free;
            }
            else if (b.Kind != BlockKind.Module && bound.Contains(n))
            {
                // Passes through this block to an inner one.
                b.Scopes[n] = Scope.Free;
                b.Add(n, SymFlags.None);
            }
        }
    }
}

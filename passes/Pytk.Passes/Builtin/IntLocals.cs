using System.Numerics;
using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// Type facts for the passes that need to know an operator is the built-in one (strength, cse): which
/// locals of a function hold an int (bool included) wherever they can be read. Python has no declared
/// types and any operand may overload an operator, so a name counts only when every binding of it in the
/// function is one of
///   <c>x = E</c> / <c>x: T = E</c> / <c>x OP= E</c> with E an int expression (below), or
///   <c>for x in range(...)</c> while <c>range</c> is the builtin (nothing in the module can rebind it),
/// and it is not a parameter (a caller can pass anything), not a cell (a nested scope uses it, and nonlocal
/// could rebind it), and the function has no global/nonlocal declaration or locals()/frame access (PEP 667
/// lets frame.f_locals write a local). Parameters, cells and declarations come from the symbol table. The facts are the greatest fixpoint: names are assumed int and dropped
/// until every remaining binding yields an int, which is what makes `i = i + 1` in a loop count.
/// Int expressions: int/bool constants, int locals, unary -, +, ~, not, and + - * // % &lt;&lt; &gt;&gt; &amp; | ^
/// on int expressions, ** with a non-negative constant exponent. int's operators never return anything
/// but an int on ints (bool's &amp;, |, ^ return a bool, which is still an int).
/// </summary>
sealed class IntLocals
{
    readonly HashSet<string> names;

    IntLocals(HashSet<string> names) => this.names = names;

    public bool Contains(string name) => names.Contains(name);

    public bool IsInt(ExprNode e) => IsInt(e, names);

    /// <summary>An int expression made only of int locals, constants and operators: evaluating it has no
    /// effect besides possibly raising (ZeroDivisionError, a negative shift count), and evaluating it again
    /// while its names keep their values gives an equal int.</summary>
    public bool IsPure(ExprNode e) => e switch
    {
        Constant c => IsIntValue(c.value),
        Name n => n.ctx is Load && names.Contains(n.id),
        BinOp b => IntOperator(b.op) && IsPure(b.left) && IsPure(b.right)
                   || b.op is Pow && IsPure(b.left) && NonNegativeInt(b.right),
        UnaryOp u => IsPure(u.operand),
        _ => false,
    };

    /// <summary>The facts for one function (its symbol-table block), or null when it does something the
    /// analysis does not follow or there is no symbol table.</summary>
    public static IntLocals? Of(SymbolBlock? block, List<StmtNode> body, bool rangeIsBuiltin)
    {
        if (block is null || block.DeclaresGlobalOrNonlocal) return null;
        var scope = ScopeFacts.Of(body);
        if (scope.Dynamic) return null;
        var sites = new SiteCollector(rangeIsBuiltin);
        foreach (var s in body) sites.Visit(s);
        var candidates = new HashSet<string>();
        foreach (var (name, count) in scope.Bindings)
            if (!block.IsParameter(name) && !block.IsCaptured(name)
                && sites.Known.TryGetValue(name, out var known) && known.Count == count)
                candidates.Add(name);
        bool dropped = true;
        while (dropped)
        {
            dropped = false;
            foreach (var name in candidates.ToList())
                if (!sites.Known[name].All(v => v is null || IsInt(v, candidates)))
                {
                    candidates.Remove(name);
                    dropped = true;
                }
        }
        return new IntLocals(candidates);
    }

    static bool IsInt(ExprNode e, HashSet<string> names) => e switch
    {
        Constant c => IsIntValue(c.value),
        Name n => n.ctx is Load && names.Contains(n.id),
        BinOp b => IntOperator(b.op) && IsInt(b.left, names) && IsInt(b.right, names)
                   || b.op is Pow && IsInt(b.left, names) && NonNegativeInt(b.right),
        UnaryOp { op: Not } => true,
        UnaryOp u => IsInt(u.operand, names),
        _ => false,
    };

    public static bool IsIntValue(object? v) => v is BigInteger or bool;

    static bool NonNegativeInt(ExprNode e) => e is Constant { value: BigInteger v } && v.Sign >= 0 || e is Constant { value: bool };

    static bool IntOperator(OperatorNode op) =>
        op is Add or Sub or Mult or FloorDiv or Mod or LShift or RShift or BitAnd or BitOr or BitXor;

    /// <summary>Whether `range` in this module is surely the builtin: no block binds or declares the name,
    /// no star import, and no mention of `builtins`/`__builtins__` (which could replace it).</summary>
    public static bool RangeIsBuiltin(Symtable? table)
    {
        if (table is null || table.Top.HasStarImport) return false;
        foreach (var b in table.Blocks.Values.Concat(table.LazyBlocks.Values))
        {
            if ((b.Flags.GetValueOrDefault("range") & ~SymFlags.Used) != 0) return false;
            if (b.Flags.ContainsKey("builtins") || b.Flags.ContainsKey("__builtins__")) return false;
        }
        return true;
    }

    /// <summary>The bindings the analysis understands, per name: the assigned expression (null for a
    /// binding known to give an int, such as a range loop). A name with more bindings than these has others.</summary>
    sealed class SiteCollector(bool rangeIsBuiltin) : NodeVisitor
    {
        public readonly Dictionary<string, List<ExprNode?>> Known = [];

        void Add(string name, ExprNode? value)
        {
            if (!Known.TryGetValue(name, out var list)) Known[name] = list = [];
            list.Add(value);
        }

        public override void VisitAssign(Assign node)
        {
            foreach (var t in node.targets) if (t is Name n) Add(n.id, node.value);
            GenericVisit(node);
        }

        public override void VisitAnnAssign(AnnAssign node)
        {
            // `x: int` alone binds nothing; it still counts as a (harmless) binding site
            if (node.target is Name n) Add(n.id, node.value);
            GenericVisit(node);
        }

        public override void VisitAugAssign(AugAssign node)
        {
            if (node.target is Name n) Add(n.id, new BinOp(new Name(n.id, Load.Instance), node.op, node.value));
            GenericVisit(node);
        }

        public override void VisitFor(For node)
        {
            if (rangeIsBuiltin && node.target is Name n && node.iter is Call { func: Name { id: "range" }, keywords: [] } call
                && call.args.Count is >= 1 and <= 3 && !call.args.Any(a => a is Starred))
                Add(n.id, null);
            GenericVisit(node);
        }

        // other scopes: their bindings are not this function's
        public override void VisitFunctionDef(FunctionDef node) { }
        public override void VisitAsyncFunctionDef(AsyncFunctionDef node) { }
        public override void VisitClassDef(ClassDef node) { }
        public override void VisitLambda(Lambda node) { }
    }
}

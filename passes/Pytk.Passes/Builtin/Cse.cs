using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// cse: local common-subexpression elimination (value numbering within straight-line code). After
/// <c>v = E</c>, a later occurrence of E in the same run of simple statements is replaced by v, as long as
/// neither v nor a name of E has been assigned in between:
/// <c>a = x * y; b = x * y + 1</c> becomes <c>a = x * y; b = a + 1</c>. No temporaries are introduced.
/// Where Python forbids the textbook version: almost any expression may call user code (overloaded
/// operators, __index__, properties) or see other state, so E must be "pure" in the sense of
/// <see cref="IntLocals.IsPure"/>: int operators over locals proven to hold ints and constants. Such an E
/// can raise, but it already ran once without raising on the same values. Only function bodies count
/// (a module global can be rebound by any call); a compound statement ends the run (its body may loop or
/// not run at all) and its own blocks start afresh; generator expressions are evaluated later, so
/// nothing inside them is replaced. Observable difference: `is` between two equal big ints computed
/// separately was False and may now be True (identity of ints is not a language guarantee).
/// </summary>
[Pass]
public sealed class Cse : AstPass
{
    public override string Name => "cse";
    public override string Description => "local common-subexpression elimination: reuse v after v = E for pure int expressions E in straight-line function code";

    public override ModNode Run(ModNode module, PassContext context) =>
        new FunctionFinder(context, context.Scopes(module)).Transform(module);

    /// <summary>Finds every function (nested ones included) and rewrites its body's blocks.</summary>
    sealed class FunctionFinder(PassContext context, Symtable? scopes) : NodeTransformer
    {
        readonly bool rangeIsBuiltin = IntLocals.RangeIsBuiltin(scopes);

        public override AstNode? VisitFunctionDef(FunctionDef node)
        {
            var f = (FunctionDef)GenericVisit(node);
            var body = Body(node, f.body);
            if (ReferenceEquals(body, f.body)) return f;
            var copy = (FunctionDef)f.ShallowCopy();
            copy.body = body;
            return copy;
        }

        public override AstNode? VisitAsyncFunctionDef(AsyncFunctionDef node)
        {
            var f = (AsyncFunctionDef)GenericVisit(node);
            var body = Body(node, f.body);
            if (ReferenceEquals(body, f.body)) return f;
            var copy = (AsyncFunctionDef)f.ShallowCopy();
            copy.body = body;
            return copy;
        }

        /// <summary>The body (nested functions already rewritten) under the facts of the original function's
        /// scope: rewriting nested functions binds no new name here.</summary>
        List<StmtNode> Body(AstNode original, List<StmtNode> body) =>
            IntLocals.Of(scopes?.Blocks.GetValueOrDefault(original), body, rangeIsBuiltin) is { } facts
                ? new Blocks(facts, context).Block(body) : body;
    }

    /// <summary>An available expression: its structural key, the local holding its value, its names.</summary>
    sealed record Available(string Key, string Holder, HashSet<string> Names);

    sealed class Blocks(IntLocals facts, PassContext context)
    {
        readonly IntLocals facts = facts;
        readonly PassContext context = context;

        /// <summary>One block: the available expressions flow through its simple statements in order.</summary>
        public List<StmtNode> Block(List<StmtNode> stmts)
        {
            var available = new List<Available>();
            List<StmtNode>? result = null;
            for (int i = 0; i < stmts.Count; i++)
            {
                var s = stmts[i];
                var n = Statement(s, available);
                if (ReferenceEquals(n, s) && result is null) continue;
                result ??= stmts.GetRange(0, i);
                result.Add(n);
            }
            return result ?? stmts;
        }

        StmtNode Statement(StmtNode s, List<Available> available)
        {
            switch (s)
            {
                case Assign a:
                {
                    var value = Rewrite(a.value, available);
                    foreach (var t in a.targets) Kill(t, available);
                    if (a.targets is [Name { id: var v }]) Gen(v, a.value, value, available);
                    if (ReferenceEquals(value, a.value)) return a;
                    var copy = (Assign)a.ShallowCopy();
                    copy.value = value;
                    return copy;
                }
                case AnnAssign { value: { } original } a:
                {
                    var value = Rewrite(original, available);
                    Kill(a.target, available);
                    if (a.target is Name { id: var v }) Gen(v, original, value, available);
                    if (ReferenceEquals(value, original)) return a;
                    var copy = (AnnAssign)a.ShallowCopy();
                    copy.value = value;
                    return copy;
                }
                case AugAssign a:
                {
                    var value = Rewrite(a.value, available);
                    Kill(a.target, available);
                    if (ReferenceEquals(value, a.value)) return a;
                    var copy = (AugAssign)a.ShallowCopy();
                    copy.value = value;
                    return copy;
                }
                case Expr e:
                {
                    var value = Rewrite(e.value, available);
                    if (ReferenceEquals(value, e.value)) return e;
                    return new Expr(value).CopyLocation(e);
                }
                case Return { value: { } v } r:
                {
                    var value = Rewrite(v, available);
                    if (ReferenceEquals(value, v)) return r;
                    return new Return(value).CopyLocation(r);
                }
                case FunctionDef or AsyncFunctionDef or ClassDef:
                    // other scopes (nested functions were handled on their own); binds only its name
                    foreach (var a in available.ToList()) if (a.Holder == Named(s) || a.Names.Contains(Named(s)!)) available.Remove(a);
                    return s;
                case If or While or For or AsyncFor or With or AsyncWith or Try or TryStar or Match:
                    available.Clear();
                    return Compound(s);
                default:
                    // pass, import, del, raise, assert, global...: none can bind an int local (the facts
                    // exclude names bound any other way), so what is available stays available
                    return s;
            }
        }

        static string? Named(StmtNode s) => s switch { FunctionDef f => f.name, AsyncFunctionDef f => f.name, ClassDef c => c.name, _ => null };

        /// <summary>A compound statement with each of its blocks processed afresh (copy-on-write).</summary>
        StmtNode Compound(StmtNode s)
        {
            var copy = s.ShallowCopy();
            bool changed = false;
            List<StmtNode> B(List<StmtNode> list)
            {
                var r = Block(list);
                changed |= !ReferenceEquals(r, list);
                return r;
            }
            List<ExceptHandlerNode> H(List<ExceptHandlerNode> handlers) =>
                handlers.Select(hn =>
                {
                    var h = (ExceptHandler)hn;
                    var body = B(h.body);
                    if (ReferenceEquals(body, h.body)) return hn;
                    var hc = (ExceptHandler)h.ShallowCopy();
                    hc.body = body;
                    return (ExceptHandlerNode)hc;
                }).ToList();
            switch (copy)
            {
                case If x: x.body = B(x.body); x.orelse = B(x.orelse); break;
                case While x: x.body = B(x.body); x.orelse = B(x.orelse); break;
                case For x: x.body = B(x.body); x.orelse = B(x.orelse); break;
                case AsyncFor x: x.body = B(x.body); x.orelse = B(x.orelse); break;
                case With x: x.body = B(x.body); break;
                case AsyncWith x: x.body = B(x.body); break;
                case Try x: x.body = B(x.body); x.handlers = H(x.handlers); x.orelse = B(x.orelse); x.finalbody = B(x.finalbody); break;
                case TryStar x: x.body = B(x.body); x.handlers = H(x.handlers); x.orelse = B(x.orelse); x.finalbody = B(x.finalbody); break;
                case Match x:
                    x.cases = x.cases.Select(c =>
                    {
                        var body = B(c.body);
                        if (ReferenceEquals(body, c.body)) return c;
                        var cc = (MatchCase)c.ShallowCopy();
                        cc.body = body;
                        return cc;
                    }).ToList();
                    break;
            }
            return changed ? (StmtNode)copy : s;
        }

        /// <summary>After <c>v = E</c>: E (as written, and as rewritten) is available in v, unless E reads v.</summary>
        void Gen(string v, ExprNode original, ExprNode rewritten, List<Available> available)
        {
            if (original is not (BinOp or UnaryOp) || !facts.Contains(v) || !facts.IsPure(original)) return;
            var names = Names(original);
            if (names.Contains(v)) return;
            available.Add(new Available(Key(original), v, names));
            if (!ReferenceEquals(rewritten, original) && rewritten is BinOp or UnaryOp)
                available.Add(new Available(Key(rewritten), v, Names(rewritten)));
        }

        static void Kill(ExprNode target, List<Available> available)
        {
            var bound = Names(target);
            available.RemoveAll(a => bound.Contains(a.Holder) || a.Names.Overlaps(bound));
        }

        ExprNode Rewrite(ExprNode e, List<Available> available) =>
            available.Count == 0 ? e : (ExprNode)new Replacer(this, available).Visit(e)!;

        static string Key(ExprNode e) => AstDump.Dump(e);

        static HashSet<string> Names(AstNode e)
        {
            var c = new NameCollector();
            c.Visit(e);
            return c.Found;
        }

        sealed class NameCollector : NodeVisitor
        {
            public readonly HashSet<string> Found = [];
            public override void VisitName(Name node) => Found.Add(node.id);
        }

        /// <summary>Replaces, outermost first, every pure subexpression that is available.</summary>
        sealed class Replacer(Blocks owner, List<Available> available) : NodeTransformer
        {
            public override AstNode? Visit(AstNode node)
            {
                if (node is ExprNode e and (BinOp or UnaryOp) && owner.facts.IsPure(e))
                {
                    string key = Key(e);
                    if (available.FirstOrDefault(a => a.Key == key) is { } hit
                        && owner.context.TryChange("replaced", $"{Unparser.Unparse(e)} -> {hit.Holder}", e))
                        return new Name(hit.Holder, Load.Instance).CopyLocation(e);
                }
                return base.Visit(node);
            }

            // evaluated later (or never): the names may have changed by then
            public override AstNode? VisitGeneratorExp(GeneratorExp node) => node;
            public override AstNode? VisitLambda(Lambda node) => node;
        }
    }
}

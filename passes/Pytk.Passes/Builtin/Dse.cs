using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// dse: dead-store elimination. In a function, <c>x = CONSTANT</c> statements are removed when x is never
/// read in the function at all.
/// The textbook version removes any store whose value is not used later; Python forbids most of that:
/// the right-hand side may have effects (only constants are removed here), a closure or locals()/frame
/// access may read the variable (x must be neither read nor a cell in the symbol table, and functions with
/// global/nonlocal or introspection are skipped), and a del of x would raise without the store (del counts
/// as a read here).
/// </summary>
[Pass]
public sealed class Dse : AstPass
{
    public override string Name => "dse";
    public override string Description => "remove constant stores to function locals that are never read (not visible to closures or introspection)";

    public override ModNode Run(ModNode module, PassContext context) =>
        new Eliminator(context, context.Scopes(module)).Transform(module);

    sealed class Eliminator(PassContext context, Symtable? table) : NodeTransformer
    {
        /// <summary>The enclosing function's block while its stores may go; null elsewhere.</summary>
        SymbolBlock? facts;

        public override AstNode? VisitFunctionDef(FunctionDef node) => InFunction(node, node.body);
        public override AstNode? VisitAsyncFunctionDef(AsyncFunctionDef node) => InFunction(node, node.body);

        // nested classes and lambdas have their own scope: leave their stores alone
        public override AstNode? VisitClassDef(ClassDef node) => Without(node);
        public override AstNode? VisitLambda(Lambda node) => Without(node);

        AstNode? Without(AstNode node)
        {
            var saved = facts;
            facts = null;
            var r = GenericVisit(node);
            facts = saved;
            return r;
        }

        AstNode? InFunction(AstNode node, List<StmtNode> body)
        {
            var saved = facts;
            var savedDeleted = deleted;
            deleted = Deletes(body);
            var block = table?.Blocks.GetValueOrDefault(node);
            facts = block is null || block.DeclaresGlobalOrNonlocal || ScopeFacts.Of(body).Dynamic ? null : block;
            var r = GenericVisit(node);
            facts = saved;
            deleted = savedDeleted;
            return r;
        }

        public override AstNode? VisitAssign(Assign node)
        {
            if (facts is null || node.targets is not [Name { id: var name }] || node.value is not Constant) return node;
            if (facts.IsRead(name) || DeletedSomewhere(name) || !context.TryChange("removed-stores", $"removed dead store to {name}", node)) return node;
            // pass, not nothing: the store may be the only statement of its block (dce drops the pass)
            return new Pass().CopyLocation(node);
        }

        bool DeletedSomewhere(string name) => deleted.Contains(name);
        HashSet<string> deleted = [];

        sealed class DelCollector : NodeVisitor
        {
            public readonly HashSet<string> Names = [];
            public override void VisitName(Name node) { if (node.ctx is Del) Names.Add(node.id); }
        }

        HashSet<string> Deletes(List<StmtNode> body)
        {
            var c = new DelCollector();
            foreach (var s in body) c.Visit(s);
            return c.Names;
        }
    }
}

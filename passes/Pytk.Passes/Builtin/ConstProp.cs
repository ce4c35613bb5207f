using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// constprop: inside a function, a local bound exactly once, by a top-level <c>x = CONSTANT</c> statement
/// of the function body, is replaced by the constant in the statements after it.
/// Why each condition: one binding means no loop, del, augmented assignment, for/with/except/import target
/// or match capture can change it; top level means the assignment has run before any later statement
/// (a use before it would raise UnboundLocalError, so those stay); not a parameter and no global/nonlocal
/// declaration in the function (the symbol table's answers); no mention in nested scopes (a closure could
/// rebind it with nonlocal, and the replacement does not stop at scope boundaries); no locals()/vars()/exec/eval or
/// frame access, which see or (PEP 667) write locals. Constants are immutable, so sharing them is safe;
/// operands of `is`/`is not` keep their names (a literal's identity is not guaranteed).
/// </summary>
[Pass]
public sealed class ConstProp : AstPass
{
    public override string Name => "constprop";
    public override string Description => "replace reads of function locals bound once to a constant (respects closures, global/nonlocal, del, loops)";

    public override ModNode Run(ModNode module, PassContext context) =>
        new Propagator(context, context.Scopes(module)).Transform(module);

    sealed class Propagator(PassContext context, Symtable? table) : NodeTransformer
    {
        public override AstNode? VisitFunctionDef(FunctionDef node) => Function(node, GenericVisit(node), n => ((FunctionDef)n).body, (n, b) => ((FunctionDef)n).body = b);
        public override AstNode? VisitAsyncFunctionDef(AsyncFunctionDef node) => Function(node, GenericVisit(node), n => ((AsyncFunctionDef)n).body, (n, b) => ((AsyncFunctionDef)n).body = b);

        AstNode Function(AstNode original, AstNode node, Func<AstNode, List<StmtNode>> getBody, Action<AstNode, List<StmtNode>> setBody)
        {
            var body = getBody(node);
            var block = table?.Blocks.GetValueOrDefault(original);
            if (block is null || block.DeclaresGlobalOrNonlocal) return node;
            var facts = ScopeFacts.Of(body);
            if (facts.Dynamic) return node;
            var newBody = body;
            for (int i = 0; i < newBody.Count; i++)
            {
                if (newBody[i] is not Assign { targets: [Name { id: var name }], value: Constant value }) continue;
                if (facts.Bindings.GetValueOrDefault(name) != 1 || facts.NestedMentions.Contains(name) || block.IsParameter(name)) continue;
                var replacer = new Replacer(name, value, context);
                List<StmtNode>? rest = null;
                for (int j = i + 1; j < newBody.Count; j++)
                {
                    var s = (StmtNode?)replacer.Visit(newBody[j]);
                    if (ReferenceEquals(s, newBody[j])) continue;
                    rest ??= [.. newBody];
                    rest[j] = s!;
                }
                if (rest is not null) newBody = rest;
            }
            if (ReferenceEquals(newBody, body)) return node;
            var copy = node.ShallowCopy();
            setBody(copy, newBody);
            return copy;
        }
    }

    /// <summary>Replaces loads of one name, not descending into nested scopes (checked to not mention it).</summary>
    sealed class Replacer(string name, Constant value, PassContext context) : NodeTransformer
    {
        public override AstNode? VisitName(Name node)
        {
            if (node.id != name || node.ctx is not Load || !context.TryChange("propagated", $"{name} -> {PyRepr.Repr(value.value)}", node)) return node;
            return new Constant(value.value, value.kind).CopyLocation(node);
        }

        /// <summary>An operand of `is`/`is not` keeps its name: identity of a literal is not a language
        /// guarantee, and CPython warns about `x is 'literal'` at compile time.</summary>
        public override AstNode? VisitCompare(Compare node)
        {
            if (!node.ops.Any(o => o is Is or IsNot)) return GenericVisit(node);
            List<ExprNode> operands = [node.left, .. node.comparators];
            var result = new List<ExprNode>(operands.Count);
            for (int k = 0; k < operands.Count; k++)
            {
                bool identity = k > 0 && node.ops[k - 1] is Is or IsNot || k < node.ops.Count && node.ops[k] is Is or IsNot;
                result.Add(identity && operands[k] is Name ? operands[k] : (ExprNode)Visit(operands[k])!);
            }
            if (result.SequenceEqual(operands)) return node;
            var copy = (Compare)node.ShallowCopy();
            copy.left = result[0];
            copy.comparators = result.Skip(1).ToList();
            return copy;
        }
    }
}

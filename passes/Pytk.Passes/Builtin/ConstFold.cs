using Pytk.Syntax;
using Tuple = Pytk.Syntax.Tuple;

namespace Pytk.Passes.Builtin;

/// <summary>
/// constfold: CPython 3.13's AST optimizer (Python/ast_opt.c, <c>ast.parse(src, optimize=1)</c>), node for node.
/// Folds unary and binary operators, constant tuples and subscripts of constants, turns list/set displays
/// after <c>in</c>/<c>not in</c> and in for/comprehension iterables into tuples/frozensets, <c>not (a is b)</c>
/// into <c>a is not b</c>, <c>'%s' % (x,)</c> into an f-string and <c>__debug__</c> into a constant.
/// Safe under Python's semantics because only built-in constant types are combined (no user __add__),
/// and whatever would raise or build a huge constant (ints over 128 bits, 256 items, 4096 characters,
/// 1024 nested items) is left for run time.
/// </summary>
[Pass]
public sealed class ConstFold : TransformerPass
{
    public override string Name => "constfold";
    public override string Description => "fold constant expressions exactly as CPython 3.13's AST optimizer (safe: only built-in constants, nothing that raises)";

    public override IReadOnlyList<PassOption> Options { get; } =
    [
        PassOption.Bool("optimize", true, "fold __debug__ to False, as ast.parse(optimize=1) does (false: to True, as optimize=0)"),
    ];

    protected override NodeTransformer CreateTransformer(PassContext context) =>
        new Folder(context, context.GetBool("optimize"));

    sealed class Folder(PassContext context, bool optimize) : NodeTransformer
    {
        bool futureAnnotations;

        static Constant Const(object? value, LocatedNode at) => (Constant)new Constant(value, null).CopyLocation(at);

        AstNode Folded(object? value, LocatedNode at, string what) =>
            context.TryChange("folded", what, at) ? Const(value, at) : at;

        public override AstNode? VisitModule(Module node)
        {
            futureAnnotations = FutureAnnotations(node.body);
            var result = (Module)GenericVisit(node);
            return WithBody(result, node.body, result.body, b => { var c = (Module)result.ShallowCopy(); c.body = b; return c; });
        }

        public override AstNode? VisitFunctionDef(FunctionDef node)
        {
            var result = (FunctionDef)GenericVisit(node);
            if (futureAnnotations && !ReferenceEquals(result.returns, node.returns))
            {
                result = (FunctionDef)result.ShallowCopy();
                result.returns = node.returns;
            }
            return WithBody(result, node.body, result.body, b => { var c = (FunctionDef)result.ShallowCopy(); c.body = b; return c; });
        }

        public override AstNode? VisitAsyncFunctionDef(AsyncFunctionDef node)
        {
            var result = (AsyncFunctionDef)GenericVisit(node);
            if (futureAnnotations && !ReferenceEquals(result.returns, node.returns))
            {
                result = (AsyncFunctionDef)result.ShallowCopy();
                result.returns = node.returns;
            }
            return WithBody(result, node.body, result.body, b => { var c = (AsyncFunctionDef)result.ShallowCopy(); c.body = b; return c; });
        }

        public override AstNode? VisitClassDef(ClassDef node)
        {
            var result = (ClassDef)GenericVisit(node);
            return WithBody(result, node.body, result.body, b => { var c = (ClassDef)result.ShallowCopy(); c.body = b; return c; });
        }

        /// <summary>astfold_body: a string that folding made into the first statement must not become a
        /// docstring, so it is wrapped in an f-string.</summary>
        AstNode WithBody(AstNode result, List<StmtNode> before, List<StmtNode> after, Func<List<StmtNode>, AstNode> rebuild)
        {
            if (Docstring(before) || !Docstring(after)) return result;
            var first = (Expr)after[0];
            var joined = (JoinedStr)new JoinedStr([first.value]).CopyLocation(first);
            var expr = (Expr)first.ShallowCopy();
            expr.value = joined;
            return rebuild([expr, .. after.Skip(1)]);
        }

        /// <summary>`from __future__ import annotations` among the future imports that open the module
        /// (after an optional docstring): annotations then stay unevaluated strings and are not folded.</summary>
        static bool FutureAnnotations(List<StmtNode> body)
        {
            foreach (var (s, i) in body.Select((s, i) => (s, i)))
            {
                if (i == 0 && Docstring(body)) continue;
                if (s is not ImportFrom { module: "__future__" } f) break;
                if (f.names.Any(a => a.name == "annotations")) return true;
            }
            return false;
        }

        static bool Docstring(List<StmtNode> body) => body.Count > 0 && body[0] is Expr { value: Constant { value: string } };

        public override AstNode? VisitArg(Arg node) => futureAnnotations ? node : GenericVisit(node);

        public override AstNode? VisitAnnAssign(AnnAssign node)
        {
            var result = (AnnAssign)GenericVisit(node);
            if (futureAnnotations && !ReferenceEquals(result.annotation, node.annotation))
            {
                result = (AnnAssign)result.ShallowCopy();
                result.annotation = node.annotation;
            }
            return result;
        }

        public override AstNode? VisitName(Name node) =>
            node.id == "__debug__" && node.ctx is Load ? Folded(!optimize, node, "__debug__") : node;

        public override AstNode? VisitBinOp(BinOp original)
        {
            var node = (BinOp)GenericVisit(original);
            if (node.left is not Constant { value: var lv }) return node;
            if (node.op is Mod && node.right is Tuple tuple && lv is string fmt && !tuple.elts.Any(e => e is Starred))
            {
                if (FormatFold.Fold(node, fmt, tuple.elts) is { } joined && context.TryChange("folded", "'...' % (...) to an f-string", node))
                    return joined;
                return node;
            }
            if (node.right is not Constant { value: var rv }) return node;
            return PyArith.Binary(node.op, lv, rv, out var value) ? Folded(value, node, "binary operator") : node;
        }

        public override AstNode? VisitUnaryOp(UnaryOp original)
        {
            var node = (UnaryOp)GenericVisit(original);
            if (node.operand is Constant c)
                return PyArith.Unary(node.op, c.value, out var value) ? Folded(value, node, "unary operator") : node;
            // not (a is b) -> a is not b; == and < are not inverted: __eq__/__ne__ and set order need not agree
            if (node.op is Not && node.operand is Compare { ops.Count: 1 } cmp)
            {
                CmpOpNode? inverted = cmp.ops[0] switch
                {
                    Is => IsNot.Instance,
                    IsNot => Is.Instance,
                    In => NotIn.Instance,
                    NotIn => In.Instance,
                    _ => null,
                };
                if (inverted is null || !context.TryChange("folded", "inverted a negated comparison", node)) return node;
                var copy = (Compare)cmp.ShallowCopy();
                copy.ops = [inverted];
                return copy;
            }
            return node;
        }

        public override AstNode? VisitTuple(Tuple original)
        {
            var node = (Tuple)GenericVisit(original);
            if (node.ctx is not Load || ConstTuple(node.elts) is not { } t) return node;
            return Folded(t, node, "constant tuple");
        }

        static TupleConstant? ConstTuple(List<ExprNode> elts) =>
            elts.All(e => e is Constant) ? new TupleConstant(elts.Select(e => ((Constant)e).value).ToList()) : null;

        public override AstNode? VisitSubscript(Subscript original)
        {
            var node = (Subscript)GenericVisit(original);
            if (node.ctx is not Load || node.value is not Constant v || node.slice is not Constant i) return node;
            return PyArith.Subscript(v.value, i.value, out var value) ? Folded(value, node, "subscript") : node;
        }

        public override AstNode? VisitCompare(Compare original)
        {
            var node = (Compare)GenericVisit(original);
            int last = node.ops.Count - 1;
            if (node.ops[last] is not (In or NotIn)) return node;
            var folded = FoldIter(node.comparators[last]);
            if (ReferenceEquals(folded, node.comparators[last])) return node;
            var copy = (Compare)node.ShallowCopy();
            copy.comparators = [.. node.comparators];
            copy.comparators[last] = folded;
            return copy;
        }

        public override AstNode? VisitFor(For original)
        {
            var node = (For)GenericVisit(original);
            var iter = FoldIter(node.iter);
            if (ReferenceEquals(iter, node.iter)) return node;
            var copy = (For)node.ShallowCopy();
            copy.iter = iter;
            return copy;
        }

        public override AstNode? VisitComprehension(Comprehension original)
        {
            var node = (Comprehension)GenericVisit(original);
            var iter = FoldIter(node.iter);
            if (ReferenceEquals(iter, node.iter)) return node;
            var copy = (Comprehension)node.ShallowCopy();
            copy.iter = iter;
            return copy;
        }

        /// <summary>fold_iter: a list display becomes a tuple (a constant one if it can), a set display of
        /// constants a frozenset. Iterating or testing membership cannot tell the difference.</summary>
        ExprNode FoldIter(ExprNode arg)
        {
            switch (arg)
            {
                case List list when !list.elts.Any(e => e is Starred):
                    if (ConstTuple(list.elts) is { } t) return (ExprNode)Folded(t, list, "constant list to tuple");
                    if (!context.TryChange("folded", "list display to tuple", list)) return list;
                    return (ExprNode)new Tuple(list.elts, list.ctx).CopyLocation(list);
                case Set set when ConstTuple(set.elts) is { } items:
                    return (ExprNode)Folded(PyValue.FrozenSet(items.Items), set, "constant set to frozenset");
                default:
                    return arg;
            }
        }
    }
}

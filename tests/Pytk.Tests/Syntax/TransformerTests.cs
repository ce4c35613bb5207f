using System.Numerics;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

public class TransformerTests
{
    [Fact]
    public void Identity_transform_returns_the_same_tree()
    {
        foreach (var name in AstCorpus.Names)
        {
            var tree = AstCorpus.Tree(name);
            Assert.Same(tree, new NodeTransformer().Transform(tree));
        }
    }

    private sealed class Increment : NodeTransformer
    {
        public override AstNode? VisitConstant(Constant node) =>
            node.value is BigInteger i ? new Constant(i + 1, node.kind).CopyLocation(node) : node;
    }

    [Fact]
    public void Replacing_copies_only_the_changed_path()
    {
        var tree = (Module)AstCorpus.Tree("statements");
        string before = AstDump.Dump(tree, includeAttributes: true);
        var result = new Increment().Transform(tree);

        Assert.Equal(before, AstDump.Dump(tree, includeAttributes: true)); // input untouched
        Assert.NotSame(tree, result);
        Assert.False(tree.DeepEquals(result));
        // `import os, sys as system` holds no int: the very same node is shared by both trees.
        Assert.Same(tree.body[0], result.body[0]);
        // `def f(..., b: int = 1, ...)` changed: a copy, whose unchanged body list is shared.
        var f0 = (FunctionDef)tree.body.First(s => s is FunctionDef);
        var f1 = (FunctionDef)result.body.First(s => s is FunctionDef { name: "f" });
        Assert.NotSame(f0, f1);
        Assert.Same(f0.decorator_list, f1.decorator_list);
        Assert.Equal(new BigInteger(2), ((Constant)f1.args.defaults[0]).value);
        Assert.Equal(new BigInteger(1), ((Constant)f0.args.defaults[0]).value);
    }

    private sealed class DropPass : NodeTransformer
    {
        public override AstNode? VisitPass(Pass node) => null;
    }

    [Fact]
    public void Returning_null_deletes_from_a_list()
    {
        var tree = (Module)AstCorpus.Tree("statements");
        var result = new DropPass().Transform(tree);
        Assert.Contains("Pass", AstDump.Dump(tree));
        Assert.DoesNotContain("Pass", AstDump.Dump(result));
    }

    private sealed class Duplicate : NodeTransformer
    {
        public override AstNode? VisitExpr(Expr node) => Splice.Of(node, node);
    }

    [Fact]
    public void Splice_replaces_one_statement_by_several()
    {
        var tree = (Module)AstCorpus.Tree("expressions");
        int before = tree.body.Count(s => s is Expr);
        var result = new Duplicate().Transform(tree);
        Assert.Equal(2 * before, result.body.Count(s => s is Expr));
        Assert.Equal(tree.body.Count + before, result.body.Count);
    }

    private sealed class Misplace : NodeTransformer
    {
        public override AstNode? VisitPass(Pass node) => new Name("x", Load.Instance);
    }

    [Fact]
    public void Wrong_kind_in_a_field_is_a_clear_error()
    {
        var e = Assert.Throws<AstTransformException>(() => new Misplace().Transform(AstCorpus.Tree("statements")));
        Assert.Contains("expects StmtNode, got Name", e.Message);
    }

    private sealed class DropReturnValue : NodeTransformer
    {
        public override AstNode? VisitReturn(Return node) => GenericVisit(node);
        public override AstNode? VisitName(Name node) => node.id == "a" ? null : node;
    }

    [Fact]
    public void Returning_null_for_an_optional_field_makes_it_None()
    {
        var tree = (Module)AstCorpus.Tree("statements");
        var result = new DropReturnValue().Transform(tree);
        var ret = (Return)((FunctionDef)result.body.First(s => s is FunctionDef { name: "f" })).body.Last();
        Assert.Null(ret.value);
    }

    [Fact]
    public void None_items_of_dict_keys_are_kept()
    {
        var tree = (Module)AstCorpus.Tree("expressions");
        var result = new Increment().Transform(tree);
        var dict = (Dict)((Expr)result.body.First(s => s is Expr { value: Dict { keys.Count: 2 } })).value;
        Assert.Null(dict.keys[1]);
    }
}

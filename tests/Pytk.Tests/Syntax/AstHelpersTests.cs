using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

public class AstHelpersTests
{
    [Fact]
    public void Walk_is_breadth_first_and_complete()
    {
        var tree = AstCorpus.Tree("mode-eval"); // a + b * c
        Assert.Equal(["Expression", "BinOp", "Name", "Add", "BinOp", "Load", "Name", "Mult", "Name", "Load", "Load"],
            AstHelpers.Walk(tree).Select(n => n.Info.Name));
    }

    [Fact]
    public void Fix_missing_locations_inherits_from_the_parent()
    {
        var made = new BinOp(new Name("x", Load.Instance), Add.Instance, new Constant(System.Numerics.BigInteger.One, null).At(3, 4, 3, 5));
        var stmt = new Expr(made).At(2, 0, 2, 9);
        var module = AstHelpers.FixMissingLocations(new Module([stmt], []));
        var name = (Name)made.left;
        Assert.Equal((2, 0, 2, 9), (made.lineno, made.col_offset, made.end_lineno, made.end_col_offset));
        Assert.Equal((2, 0, 2, 9), (name.lineno, name.col_offset, name.end_lineno, name.end_col_offset));
        Assert.Equal((3, 4), (((Constant)made.right).lineno, ((Constant)made.right).col_offset));
        Assert.Empty(AstValidator.Validate(module));
    }

    [Fact]
    public void Increment_lineno_and_docstrings()
    {
        var tree = (Module)AstCorpus.Tree("statements");
        int first = ((LocatedNode)tree.body[0]).lineno;
        AstHelpers.IncrementLineno(tree, 10);
        Assert.Equal(first + 10, ((LocatedNode)tree.body[0]).lineno);
        var f = tree.body.OfType<FunctionDef>().First(d => d.name == "f");
        Assert.Equal("doc", AstHelpers.GetDocstring(f));
        Assert.Null(AstHelpers.GetDocstring(tree));
    }
}

using System.Numerics;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

public class ValidatorTests
{
    [Fact]
    public void CPython_trees_are_valid()
    {
        foreach (var name in AstCorpus.Names)
            Assert.Equal("", string.Join("\n", AstValidator.Validate(AstCorpus.Tree(name))));
    }

    [Fact]
    public void Finds_missing_fields_wrong_kinds_bad_contexts_and_positions()
    {
        var target = new Name("x", Load.Instance).At(1, 0, 1, 1);
        var assign = new Assign { targets = [target], value = null! }.At(1, 0, 1, 5);
        var module = new Module([assign, new Pass()], []);
        var errors = AstValidator.Validate(module);
        Assert.Contains("Module.body[0].targets[0]: expression must have Store context but has Load instead", errors);
        Assert.Contains("Module.body[0].value: required expr is missing", errors);
        Assert.Contains("Module.body[1]: missing position (lineno=0); copy one from the node it replaces", errors);
        Assert.Empty(AstValidator.Validate(module.body[1], requirePositions: false));

        var bad = new Expression(new Constant(new object(), null).At(1, 0, 1, 1));
        Assert.Contains("Expression.body.value: got an invalid type in Constant: Object", AstValidator.Validate(bad));
        var list = new Expression(new Call { func = new Name("f", Load.Instance), args = [null!] });
        Assert.Contains("Expression.body.args[0]: required expr is missing", AstValidator.Validate(list, requirePositions: false));
        Assert.Empty(AstValidator.Validate(new Expression(new Constant(new TupleConstant([BigInteger.One]), null)), requirePositions: false));
        var backwards = new Expression(new Name("x", Load.Instance).At(2, 0, 1, 1));
        Assert.Equal("Expression.body: AST node line range (2, 1) is not valid", AstValidator.FirstProblem(backwards));
        Assert.Empty(AstValidator.Validate(new Expression(new Name("x", Load.Instance).At(-1, -1, -1, -1)))); // made up by an optimizer
        Assert.Equal("Expression.body: line 1, column 5-2 is not a valid range",
            AstValidator.FirstProblem(new Expression(new Name("x", Load.Instance).At(1, 5, 1, 2))));
    }

    /// <summary>CPython's own rules (Python/ast.c) with CPython's messages: each tree here is one `compile()` refuses.</summary>
    [Theory]
    [InlineData("del_nothing", "Module.body[0]: empty targets on Delete")]
    [InlineData("empty_if", "Module.body[0]: empty body on If")]
    [InlineData("try_nothing", "Module.body[0]: Try has neither except handlers nor finalbody")]
    [InlineData("try_orelse", "Module.body[0]: Try has orelse but no except handlers")]
    [InlineData("raise_cause", "Module.body[0]: Raise with cause but no exception")]
    [InlineData("import_level", "Module.body[0]: Negative ImportFrom level")]
    [InlineData("boolop_one", "Module.body[0].value: BoolOp with less than 2 values")]
    [InlineData("compare_lengths", "Module.body[0].value: Compare has a different number of comparators and operands")]
    [InlineData("dict_lengths", "Module.body[0].value: Dict doesn't have the same number of keys as values")]
    [InlineData("name_true", "Module.body[0].value: identifier field can't represent 'True' constant")]
    [InlineData("assign_call", "Module.body[0].targets[0]: expression which can't be assigned to in Store context")]
    [InlineData("ann_simple", "Module.body[0]: AnnAssign with simple non-Name target")]
    [InlineData("defaults", "Module.body[0].value.args: more positional defaults than args on arguments")]
    [InlineData("match_or", "Module.body[0].cases[0].pattern: MatchOr requires at least 2 patterns")]
    [InlineData("match_as", "Module.body[0].cases[0].pattern: MatchAs must specify a target name if a pattern is given")]
    public void Refuses_what_CPython_refuses(string tree, string problem)
    {
        Name N(string id, ExprContextNode? ctx = null) => new(id, ctx ?? Load.Instance);
        StmtNode stmt = tree switch
        {
            "del_nothing" => new Delete([]),
            "empty_if" => new If(N("x"), [], []),
            "try_nothing" => new Try([new Pass()], [], [], []),
            "try_orelse" => new Try([new Pass()], [], [new Pass()], [new Pass()]),
            "raise_cause" => new Raise(null, N("e")),
            "import_level" => new ImportFrom("m", [new Alias("x", null)], -1),
            "boolop_one" => new Expr(new BoolOp(And.Instance, [N("a")])),
            "compare_lengths" => new Expr(new Compare(N("a"), [Lt.Instance, Lt.Instance], [N("b")])),
            "dict_lengths" => new Expr(new Dict([N("k")], [])),
            "name_true" => new Expr(N("True")),
            "assign_call" => new Assign([new Call(N("f"), [], [])], N("x"), null),
            "ann_simple" => new AnnAssign(new Pytk.Syntax.Attribute(N("a"), "b", Store.Instance), N("int"), null, 1),
            "defaults" => new Expr(new Lambda(new Arguments { defaults = [N("d")] }, N("x"))),
            "match_or" => new Match(N("x"), [new MatchCase(new MatchOr([new MatchAs(null, "a")]), null, [new Pass()])]),
            "match_as" => new Match(N("x"), [new MatchCase(new MatchAs(new MatchAs(null, "a"), null), null, [new Pass()])]),
            _ => throw new ArgumentException(tree),
        };
        var module = new Module([stmt], []);
        Assert.Equal(problem, AstValidator.FirstProblem(module, requirePositions: false));
    }
}

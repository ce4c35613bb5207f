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
        Assert.Contains("Module.body[0].targets[0]: ctx is Load, but the expression stands where Store is expected", errors);
        Assert.Contains("Module.body[0].value: required expr is missing", errors);
        Assert.Contains("Module.body[1]: missing position (lineno=0, col_offset=0)", errors);
        Assert.Empty(AstValidator.Validate(module.body[1], requirePositions: false));

        var bad = new Expression(new Constant(new object(), null).At(1, 0, 1, 1));
        Assert.Contains("Expression.body.value: Object is not a constant", AstValidator.Validate(bad));
        var list = new Expression(new Call { func = new Name("f", Load.Instance), args = [null!] });
        Assert.Contains("Expression.body.args[0]: required expr is missing", AstValidator.Validate(list, requirePositions: false));
        Assert.Empty(AstValidator.Validate(new Expression(new Constant(new PyTuple([BigInteger.One]), null)), requirePositions: false));
    }
}

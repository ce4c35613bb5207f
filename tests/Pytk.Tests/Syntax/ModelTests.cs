using System.Numerics;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

public class ModelTests
{
    [Fact]
    public void Descriptors_agree_with_the_classes()
    {
        Assert.Equal(NodeKinds.All.Count, NodeKinds.All.Select(k => k.Name).Distinct().Count());
        foreach (var kind in NodeKinds.All)
        {
            var node = kind.Create();
            Assert.Same(kind, node.Info);
            Assert.IsType(kind.Type, node);
            Assert.Same(kind, NodeKinds.ByName(kind.Name));
            Assert.Equal(kind.IsSingleton, ReferenceEquals(node, kind.Create()));
            Assert.Equal(kind.Attributes.Count > 0, node is LocatedNode);
            for (int i = 0; i < kind.Fields.Count; i++)
            {
                var field = kind.Fields[i];
                var prop = kind.Type.GetProperty(field.Name);
                Assert.NotNull(prop); // the C# property carries CPython's field name
                if (field.IsList) Assert.Empty((System.Collections.IList)node.GetField(i)!);
                else if (field.Base != FieldBase.Int) Assert.Null(node.GetField(i));
            }
        }
    }

    [Fact]
    public void Fields_round_trip_through_generic_access()
    {
        var tree = AstCorpus.Tree("statements");
        foreach (var node in Walk(tree))
        {
            var copy = node.Info.Create();
            if (node.Info.IsSingleton) continue;
            for (int i = 0; i < node.Info.Fields.Count; i++) copy.SetField(i, node.GetField(i));
            for (int i = 0; i < node.Info.Attributes.Count; i++) copy.SetAttribute(i, node.GetAttribute(i));
            Assert.True(node.DeepEquals(copy, compareAttributes: true));
        }
    }

    private static IEnumerable<AstNode> Walk(AstNode n) => n.Children().SelectMany(Walk).Prepend(n);

    [Fact]
    public void Equality_is_structural_and_exact_about_constants()
    {
        Constant C(object? v) => new(v, null);
        Assert.True(C(BigInteger.One).DeepEquals(C(BigInteger.One)));
        Assert.False(C(BigInteger.One).DeepEquals(C(1.0)));
        Assert.False(C(BigInteger.One).DeepEquals(C(true)));
        Assert.False(C(0.0).DeepEquals(C(-0.0)));
        Assert.True(C(double.NaN).DeepEquals(C(double.NaN)));
        Assert.True(C(new byte[] { 1 }).DeepEquals(C(new byte[] { 1 })));
        Assert.True(new Name("x", Load.Instance).DeepEquals(new Name("x", new Load())));
        Assert.False(new Name("x", Load.Instance).DeepEquals(new Name("x", Store.Instance)));
        var a = new Constant(BigInteger.One, null).At(1, 0, 1, 1);
        var b = new Constant(BigInteger.One, null).At(2, 0, 2, 1);
        Assert.True(a.DeepEquals(b));
        Assert.False(a.DeepEquals(b, compareAttributes: true));
        Assert.True(AstCorpus.Tree("match").DeepEquals(AstCorpus.Tree("match"), compareAttributes: true));
        Assert.False(AstCorpus.Tree("match").DeepEquals(AstCorpus.Tree("statements")));
    }

    [Fact]
    public void Structural_hash_agrees_with_equality()
    {
        var a = AstCorpus.Tree("expressions");
        var b = AstHelpers.IncrementLineno(AstCorpus.Tree("expressions"), 5);
        Assert.Equal(AstEquality.Hash(a), AstEquality.Hash(b));
        var set = new HashSet<AstNode>(AstEquality.Structural) { a };
        Assert.Contains(b, set);
        Assert.DoesNotContain(AstCorpus.Tree("match"), set);
        var exprs = AstHelpers.Walk(a).OfType<ExprNode>().ToList();
        var distinct = new HashSet<AstNode>(exprs, AstEquality.Structural);
        Assert.True(distinct.Count < exprs.Count); // e.g. the many Name('x') loads
    }

    [Fact]
    public void Fields_enumerates_in_CPython_order()
    {
        var node = new BinOp(new Name("a", Load.Instance), Add.Instance, new Name("b", Load.Instance));
        Assert.Equal(["left", "op", "right"], node.Fields().Select(f => f.Name));
        Assert.Equal("BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load()))", node.ToString());
    }

    [Fact]
    public void Bad_json_is_a_clean_error()
    {
        Assert.Throws<AstJsonException>(() => AstJson.Read("{\"_type\": \"Nope\"}"));
        Assert.Throws<AstJsonException>(() => AstJson.Read("{\"_type\": \"Expression\", \"body\": {\"_type\": \"Pass\"}}"));
        Assert.Throws<AstJsonException>(() => AstJson.Read("[1, 2"));
        Assert.Throws<AstJsonException>(() => AstJson.ReadModule("{\"_type\": \"Expression\", \"body\": {\"_type\": \"Name\", \"id\": \"x\", \"ctx\": {\"_type\": \"Load\"}}}"));
    }
}

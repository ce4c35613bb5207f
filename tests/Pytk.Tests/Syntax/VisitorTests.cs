using System.Numerics;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

public class VisitorTests
{
    private static readonly string[] Corpus = [.. AstCorpus.Names];

    private sealed class Counter : NodeVisitor
    {
        public readonly Dictionary<string, int> Seen = new();
        public override void Visit(AstNode node)
        {
            Seen[node.Info.Name] = Seen.GetValueOrDefault(node.Info.Name) + 1;
            base.Visit(node);
        }
    }

    private static int CountNodes(AstNode node) => 1 + node.Children().Sum(CountNodes);

    [Fact]
    public void Visitor_reaches_every_node_once_in_field_order()
    {
        foreach (var name in Corpus)
        {
            var tree = AstCorpus.Tree(name);
            var counter = new Counter();
            counter.Visit(tree);
            Assert.Equal(CountNodes(tree), counter.Seen.Values.Sum());
        }
    }

    private sealed class NameCollector : NodeVisitor
    {
        public readonly List<string> Names = [];
        public override void VisitName(Name node)
        {
            Names.Add(node.id);
            GenericVisit(node);
        }
    }

    [Fact]
    public void Typed_visit_method_is_called_in_source_order()
    {
        var tree = AstCorpus.Tree("mode-eval"); // a + b * c
        var c = new NameCollector();
        c.Visit(tree);
        Assert.Equal(["a", "b", "c"], c.Names);
    }

    private sealed class Depth : NodeVisitor<int>
    {
        protected override int DefaultVisit(AstNode node) => 1 + node.Children().Select(Visit).DefaultIfEmpty(0).Max();
    }

    [Fact]
    public void Valued_visitor_computes_per_node()
    {
        // Expression > BinOp > BinOp > Name > Load
        Assert.Equal(5, new Depth().Visit(AstCorpus.Tree("mode-eval")));
    }

    [Fact]
    public void Every_kind_has_typed_visit_methods()
    {
        foreach (var kind in NodeKinds.All)
        {
            Assert.NotNull(typeof(NodeVisitor).GetMethod("Visit" + kind.Type.Name, [kind.Type]));
            Assert.NotNull(typeof(NodeTransformer).GetMethod("Visit" + kind.Type.Name, [kind.Type]));
            Assert.NotNull(typeof(NodeVisitor<int>).GetMethod("Visit" + kind.Type.Name, [kind.Type]));
        }
    }

    [Fact]
    public void Deep_tree_raises_a_clean_error_not_a_crash()
    {
        ExprNode e = new Name("x", Load.Instance);
        for (int i = 0; i < 1_000_000; i++) e = new UnaryOp(USub.Instance, e);
        var tree = new Expression(e);
        // Run on a small stack so the guard, not luck, decides.
        Exception? caught = null;
        var t = new Thread(() =>
        {
            try { new Counter().Visit(tree); }
            catch (Exception ex) { caught = ex; }
        }, 256 * 1024);
        t.Start();
        t.Join();
        Assert.IsType<AstTooDeepException>(caught);
        Assert.Throws<AstTooDeepException>(() => AstDump.Dump(tree));
    }
}

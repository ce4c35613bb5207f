using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Syntax;

public class AstDumpTests
{
    public static TheoryData<string> Names => new(AstCorpus.Names);

    [Theory, MemberData(nameof(Names))]
    public void Dump_indent3_matches_CPython(string name) =>
        Assert.Equal(AstCorpus.Expected(name, "dump"), AstDump.Dump(AstCorpus.Tree(name), indent: 3));

    [Theory, MemberData(nameof(Names))]
    public void Dump_with_attributes_matches_CPython(string name) =>
        Assert.Equal(AstCorpus.Expected(name, "dump-a"), AstDump.Dump(AstCorpus.Tree(name), indent: 3, includeAttributes: true));

    [Theory, MemberData(nameof(Names))]
    public void Dump_single_line_matches_CPython(string name) =>
        Assert.Equal(AstCorpus.Expected(name, "dump-flat"), AstDump.Dump(AstCorpus.Tree(name)));

    [Theory, MemberData(nameof(Names))]
    public void Dump_positional_with_string_indent_matches_CPython(string name) =>
        Assert.Equal(AstCorpus.Expected(name, "dump-positional"),
            AstDump.Dump(AstCorpus.Tree(name), indent: "\t", annotateFields: false));

    [Theory, MemberData(nameof(Names))]
    public void Dump_show_empty_matches_CPython(string name) =>
        Assert.Equal(AstCorpus.Expected(name, "dump-empty"), AstDump.Dump(AstCorpus.Tree(name), indent: 1, showEmpty: true));

    [Theory, MemberData(nameof(Names))]
    public void Json_writes_back_what_CPython_exported(string name) =>
        Assert.Equal(AstCorpus.Json(name), AstJson.Write(AstCorpus.Tree(name)));

    [Fact]
    public void Corpus_covers_every_node_kind()
    {
        var seen = new HashSet<string>();
        foreach (var name in AstCorpus.Names)
            Collect(AstCorpus.Tree(name), seen);
        var missing = NodeKinds.All.Select(k => k.Name).Where(n => !seen.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "node kinds without a corpus example: " + string.Join(", ", missing));
    }

    private static void Collect(AstNode node, HashSet<string> seen)
    {
        seen.Add(node.Info.Name);
        foreach (var child in node.Children()) Collect(child, seen);
    }

    [Fact]
    public void Dot_output_has_one_box_per_non_singleton_node_and_an_edge_per_child()
    {
        var tree = AstCorpus.Tree("expressions");
        string dot = AstDot.Write(tree, includeAttributes: true);
        int nodes = 0, edges = 0;
        Count(tree);
        Assert.StartsWith("digraph AST {", dot);
        Assert.Equal(nodes, dot.Split('\n').Count(l => l.Contains(" [label=") && !l.Contains("->")));
        Assert.Equal(edges, dot.Split('\n').Count(l => l.Contains("->")));
        Assert.Contains("BinOp\\lop: Add", dot);

        void Count(AstNode n)
        {
            nodes++;
            foreach (var c in n.Children().Where(c => !c.Info.IsSingleton)) { edges++; Count(c); }
        }
    }
}

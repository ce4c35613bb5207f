namespace Pytk.Syntax;

/// <summary>
/// What a <see cref="NodeTransformer"/> returns to replace one list item by several (a Python transformer
/// returns a list). It is never part of a tree: the transformer flattens it into the enclosing list.
/// </summary>
public sealed class Splice(IEnumerable<AstNode> nodes) : AstNode
{
    private static readonly NodeInfo SpliceInfo = NodeKinds.ForSplice();

    public IReadOnlyList<AstNode> Nodes { get; } = nodes.ToList();

    public static Splice Of(params AstNode[] nodes) => new(nodes);

    public override NodeInfo Info => SpliceInfo;
    public override object? GetField(int index) => throw NotInTree();
    public override void SetField(int index, object? value) => throw NotInTree();
    public override void Accept(NodeVisitor visitor) => throw NotInTree();
    public override T Accept<T>(NodeVisitor<T> visitor) => throw NotInTree();
    public override AstNode? Accept(NodeTransformer transformer) => this;
    public override void VisitChildren(NodeVisitor visitor) => throw NotInTree();
    public override AstNode TransformChildren(NodeTransformer transformer) => throw NotInTree();

    private static AstTransformException NotInTree() =>
        new("a Splice can only be returned into a list field; it is not a node of the tree");
}

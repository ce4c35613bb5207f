namespace Pytk.Syntax;

/// <summary>
/// CPython's <c>ast.NodeVisitor</c>: <see cref="Visit"/> dispatches to <c>Visit&lt;Kind&gt;</c> (generated,
/// one per node kind), whose default visits the children in field order.
/// </summary>
public partial class NodeVisitor
{
    public virtual void Visit(AstNode node)
    {
        DepthGuard.Check();
        VisitTrace.Enter(node);
        node.Accept(this);
    }

    public virtual void GenericVisit(AstNode node) => node.VisitChildren(this);
}

/// <summary>A visitor that computes a value per node; unhandled kinds go to <see cref="DefaultVisit"/>.</summary>
public abstract partial class NodeVisitor<T>
{
    public virtual T Visit(AstNode node)
    {
        DepthGuard.Check();
        VisitTrace.Enter(node);
        return node.Accept(this);
    }

    protected abstract T DefaultVisit(AstNode node);
}

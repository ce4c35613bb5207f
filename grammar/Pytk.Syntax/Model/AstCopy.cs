using System.Collections;
using System.Runtime.CompilerServices;

namespace Pytk.Syntax;

/// <summary>
/// Copying and moving whole subtrees, for passes that duplicate code (inlining, unrolling) or move it:
/// <see cref="Deep"/> is CPython's <c>copy.deepcopy</c> of an AST, <see cref="Relocate"/> gives every node of
/// a subtree one position (<c>ast.copy_location</c> applied to the whole subtree). Both walk with an explicit
/// stack, so any depth is fine. The field-less singletons (Load, Add...) are shared, as CPython shares them.
/// </summary>
public static class AstCopy
{
    /// <summary>A copy of <paramref name="root"/> sharing no node and no list with it.</summary>
    public static T Deep<T>(T root) where T : AstNode
    {
        var copies = new Stack<AstNode>();
        var root2 = Clone(root);
        copies.Push(root2);
        while (copies.Count > 0)
        {
            var node = copies.Pop();
            var fields = node.Info.Fields;
            for (int i = 0; i < fields.Count; i++)
            {
                if (fields[i].Base != FieldBase.Node) continue;
                switch (node.GetField(i))
                {
                    case AstNode child:
                        var c = Clone(child);
                        node.SetField(i, c);
                        if (!ReferenceEquals(c, child)) copies.Push(c);
                        break;
                    case IList list:
                        var items = new object?[list.Count];
                        for (int k = 0; k < items.Length; k++)
                        {
                            if (list[k] is not AstNode item) continue;
                            var ci = Clone(item);
                            items[k] = ci;
                            if (!ReferenceEquals(ci, item)) copies.Push(ci);
                        }
                        node.SetField(i, items);
                        break;
                }
            }
        }
        return (T)root2;
    }

    static AstNode Clone(AstNode node) => node.Info.IsSingleton ? node : node.ShallowCopy();

    /// <summary>Gives every positioned node under <paramref name="root"/> (itself included) the position of
    /// <paramref name="at"/>, so code copied from elsewhere reports errors at the place it now stands.
    /// Mutates: use it on a copy (<see cref="Deep"/>) or on nodes the pass has just made.</summary>
    public static T Relocate<T>(T root, LocatedNode at) where T : AstNode
    {
        foreach (var node in AstHelpers.Walk(root))
            if (node is LocatedNode l) l.CopyLocation(at);
        return root;
    }

    /// <summary>
    /// A fingerprint of a tree as it is now: which node objects and lists it holds and every field and
    /// position value. Equal before and after a pass means the pass left its input alone; it is not a
    /// structural hash (a deep copy has another fingerprint).
    /// </summary>
    public static int Fingerprint(AstNode root)
    {
        var hash = new HashCode();
        var todo = new Stack<AstNode>();
        todo.Push(root);
        while (todo.Count > 0)
        {
            var node = todo.Pop();
            hash.Add(RuntimeHelpers.GetHashCode(node));
            if (node.Info.IsSingleton) continue;
            var fields = node.Info.Fields;
            for (int i = 0; i < fields.Count; i++)
            {
                var value = node.GetField(i);
                switch (value)
                {
                    case AstNode child:
                        todo.Push(child);
                        break;
                    case IList list:
                        hash.Add(RuntimeHelpers.GetHashCode(list));
                        hash.Add(list.Count);
                        foreach (var item in list)
                            if (item is AstNode n) todo.Push(n);
                            else hash.Add(item);
                        break;
                    default:
                        hash.Add(value);
                        break;
                }
            }
            if (node is LocatedNode l)
            {
                hash.Add(l.lineno);
                hash.Add(l.col_offset);
                hash.Add(l.end_lineno);
                hash.Add(l.end_col_offset);
            }
        }
        return hash.ToHashCode();
    }
}

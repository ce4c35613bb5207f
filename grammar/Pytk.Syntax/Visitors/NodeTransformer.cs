namespace Pytk.Syntax;

/// <summary>
/// CPython's <c>ast.NodeTransformer</c>, copy-on-write. A <c>Visit&lt;Kind&gt;</c> override returns the node
/// to put in its place: the same node (keep), another node (replace), null (delete it from a list; an
/// optional field becomes None) or a <see cref="Splice"/> (its nodes replace it in a list, as a Python list
/// return does). The input tree is never mutated: a node whose children changed is shallow-copied, so
/// untouched subtrees are shared between the old and the new tree.
/// </summary>
public partial class NodeTransformer
{
    public virtual AstNode? Visit(AstNode node)
    {
        DepthGuard.Check();
        VisitTrace.Enter(node);
        return node.Accept(this);
    }

    public virtual AstNode GenericVisit(AstNode node) => node.TransformChildren(this);

    /// <summary>
    /// Leave annotations (parameters', returns, annotated assignments') untouched. Under
    /// `from __future__ import annotations` their source text is what the program sees, so rewriting them,
    /// however equivalent the value, would change it. <see cref="Transform"/> sets it for such a module.
    /// </summary>
    public bool KeepAnnotations { get; set; }

    /// <summary>Transforms the root: a module must stay a single node.</summary>
    public T Transform<T>(T root) where T : AstNode
    {
        if (root is ModNode m && AstHelpers.HasFutureAnnotations(m)) KeepAnnotations = true;
        return Visit(root) switch
        {
            T result => result,
            var other => throw new AstTransformException(
                $"the root {root.Info.Name} was replaced by {Describe(other)}"),
        };
    }

    /// <summary>One node-valued field (required or optional).</summary>
    public T? TransformNode<T>(T? value, string owner, string field) where T : AstNode
    {
        if (value is null) return null;
        if (KeepAnnotations && field is "annotation" or "returns") return value;
        var result = Visit(value);
        if (ReferenceEquals(result, value)) return value;
        return result switch
        {
            null => null,
            T typed => typed,
            _ => throw new AstTransformException($"{owner}.{field} expects {typeof(T).Name}, got {Describe(result)}"),
        };
    }

    /// <summary>A list field: null results are dropped, splices are flattened. Copies the list only once an
    /// item changed, so an unchanged list is returned as is.</summary>
    public List<T> TransformList<T>(List<T> list, string owner, string field) where T : AstNode?
    {
        List<T>? changed = null;
        for (int i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (item is null)
            {
                // None items (Dict.keys, kw_defaults) are kept, as CPython keeps non-AST items.
                changed?.Add(item);
                continue;
            }
            var result = Visit(item);
            if (ReferenceEquals(result, item) && changed is null) continue;
            changed ??= list.GetRange(0, i);
            switch (result)
            {
                case null:
                    break;
                case Splice splice:
                    foreach (var node in splice.Nodes)
                        changed.Add(node is T t ? t
                            : throw new AstTransformException($"{owner}.{field} expects {typeof(T).Name}, got {Describe(node)}"));
                    break;
                case T typed:
                    changed.Add(typed);
                    break;
                default:
                    throw new AstTransformException($"{owner}.{field} expects {typeof(T).Name}, got {Describe(result)}");
            }
        }
        return changed ?? list;
    }

    private static string Describe(AstNode? node) => node switch
    {
        null => "None",
        Splice => "a list",
        _ => node.Info.Name,
    };
}

/// <summary>A transformer returned something that cannot stand where the old node stood.</summary>
public sealed class AstTransformException(string message) : Exception(message);

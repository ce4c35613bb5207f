using System.Collections;
using System.Numerics;

namespace Pytk.Syntax;

/// <summary>
/// The root of every AST node (CPython's <c>ast.AST</c>). Concrete kinds are generated from Model/Ast.def;
/// their properties carry CPython's field names verbatim (<c>orelse</c>, <c>elts</c>, <c>ctx</c>) so passes
/// read like their Python counterparts. Nodes are mutable, but <see cref="NodeTransformer"/> never mutates:
/// it copies a node only when one of its children changed.
/// </summary>
public abstract class AstNode
{
    /// <summary>The description of this node's kind: CPython name, fields, attributes.</summary>
    public abstract NodeInfo Info { get; }

    /// <summary>The value of field <paramref name="index"/> of <see cref="NodeInfo.Fields"/>.</summary>
    public abstract object? GetField(int index);
    public abstract void SetField(int index, object? value);

    /// <summary>The value of attribute <paramref name="index"/> of <see cref="NodeInfo.Attributes"/>.</summary>
    public virtual object? GetAttribute(int index) => throw new ArgumentOutOfRangeException(nameof(index));
    public virtual void SetAttribute(int index, object? value) => throw new ArgumentOutOfRangeException(nameof(index));

    public abstract void Accept(NodeVisitor visitor);
    public abstract T Accept<T>(NodeVisitor<T> visitor);
    public abstract AstNode? Accept(NodeTransformer transformer);

    /// <summary>Visits every child node in field order (CPython's <c>generic_visit</c>).</summary>
    public abstract void VisitChildren(NodeVisitor visitor);

    /// <summary>Transforms every child; returns this node if none changed, else a shallow copy.</summary>
    public abstract AstNode TransformChildren(NodeTransformer transformer);

    /// <summary>(name, value) of every field in CPython's <c>_fields</c> order (<c>ast.iter_fields</c>).</summary>
    public IEnumerable<(string Name, object? Value)> Fields()
    {
        var fields = Info.Fields;
        for (int i = 0; i < fields.Count; i++)
            yield return (fields[i].Name, GetField(i));
    }

    /// <summary>Every direct child node (<c>ast.iter_child_nodes</c>).</summary>
    public IEnumerable<AstNode> Children()
    {
        var fields = Info.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].Base != FieldBase.Node) continue;
            var value = GetField(i);
            if (value is AstNode node) yield return node;
            else if (value is IEnumerable list)
                foreach (var item in list)
                    if (item is AstNode child) yield return child;
        }
    }

    /// <summary>Deep structural equality (see <see cref="AstEquality"/>).</summary>
    public bool DeepEquals(AstNode? other, bool compareAttributes = false) =>
        AstEquality.Equal(this, other, compareAttributes);

    /// <summary>A copy of this node alone: its children are shared, its list fields are new lists (holding the
    /// same children), so adding to or removing from a list of the copy leaves the original alone. A pass
    /// changes the copy and returns it (copy-on-write); see <see cref="AstCopy.Deep"/> for a whole subtree.</summary>
    public AstNode ShallowCopy()
    {
        var copy = (AstNode)MemberwiseClone();
        var fields = Info.Fields;
        for (int i = 0; i < fields.Count; i++)
            if (fields[i].IsList && copy.GetField(i) is IList list)
            {
                var items = new object?[list.Count];
                list.CopyTo(items, 0);
                copy.SetField(i, items);
            }
        return copy;
    }

    public override string ToString() => AstDump.Dump(this);

    protected static List<T> ListOf<T>(object? value) => value switch
    {
        List<T> list => list,
        null => new List<T>(),
        IEnumerable items => items.Cast<T>().ToList(),
        _ => throw new ArgumentException($"expected a list, got {value.GetType().Name}"),
    };

    protected static int IntOf(object? value) => value switch
    {
        int i => i,
        long l => checked((int)l),
        BigInteger b => (int)b,
        bool b => b ? 1 : 0,
        _ => throw new ArgumentException($"expected an int, got {value?.GetType().Name ?? "None"}"),
    };
}

/// <summary>A node with a source position: CPython's <c>lineno</c>, <c>col_offset</c>, <c>end_lineno</c>,
/// <c>end_col_offset</c>. Lines count from 1; columns are UTF-8 byte offsets, as in CPython.</summary>
public abstract class LocatedNode : AstNode
{
    public int lineno { get; set; }
    public int col_offset { get; set; }
    public int? end_lineno { get; set; }
    public int? end_col_offset { get; set; }

    public override object? GetAttribute(int index) => index switch
    {
        0 => lineno,
        1 => col_offset,
        2 => end_lineno,
        3 => end_col_offset,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public override void SetAttribute(int index, object? value)
    {
        switch (index)
        {
            case 0: lineno = IntOf(value); break;
            case 1: col_offset = IntOf(value); break;
            case 2: end_lineno = value is null ? null : IntOf(value); break;
            case 3: end_col_offset = value is null ? null : IntOf(value); break;
            default: throw new ArgumentOutOfRangeException(nameof(index));
        }
    }
}

/// <summary>Position helpers that keep the node's own type, so builders can chain them.</summary>
public static class LocatedNodeExtensions
{
    /// <summary>Sets all four positions; returns the node.</summary>
    public static T At<T>(this T node, int lineno, int colOffset, int? endLineno, int? endColOffset) where T : LocatedNode
    {
        node.lineno = lineno;
        node.col_offset = colOffset;
        node.end_lineno = endLineno;
        node.end_col_offset = endColOffset;
        return node;
    }

    /// <summary>Copies the positions of <paramref name="other"/> (<c>ast.copy_location</c>); returns the node.</summary>
    public static T CopyLocation<T>(this T node, LocatedNode other) where T : LocatedNode =>
        node.At(other.lineno, other.col_offset, other.end_lineno, other.end_col_offset);
}

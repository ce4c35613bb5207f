using System.Collections;
using System.Text;

namespace Pytk.Syntax;

/// <summary>
/// Graphviz output for people who would rather look than read: one box per node, labelled with its kind,
/// its non-node fields (names, constants, ints) and optionally its position; one edge per child, labelled
/// with the field name (and index, for list items). Field-less kinds (Load, Add...) are folded into their
/// parent's label to keep the picture small.
/// </summary>
public static class AstDot
{
    public static string Write(AstNode root, bool includeAttributes = false)
    {
        var sb = new StringBuilder();
        sb.Append("digraph AST {\n");
        sb.Append("  node [shape=box, fontname=\"monospace\"];\n");
        sb.Append("  edge [fontname=\"monospace\", fontsize=10];\n");
        int next = 0;
        Emit(root);
        sb.Append("}\n");
        return sb.ToString();

        int Emit(AstNode node)
        {
            DepthGuard.Check();
            int id = next++;
            var info = node.Info;
            var label = new StringBuilder(info.Name);
            var edges = new List<(string Label, AstNode Child)>();
            for (int i = 0; i < info.Fields.Count; i++)
            {
                var field = info.Fields[i];
                var value = node.GetField(i);
                switch (value)
                {
                    case AstNode { Info.IsSingleton: true } leaf:
                        label.Append('\n').Append(field.Name).Append(": ").Append(leaf.Info.Name);
                        break;
                    case AstNode child:
                        edges.Add((field.Name, child));
                        break;
                    case IList list when field.IsList:
                        for (int j = 0; j < list.Count; j++)
                        {
                            if (list[j] is AstNode { Info.IsSingleton: true } l)
                                label.Append('\n').Append(field.Name).Append('[').Append(j).Append("]: ").Append(l.Info.Name);
                            else if (list[j] is AstNode c)
                                edges.Add(($"{field.Name}[{j}]", c));
                            else
                                label.Append('\n').Append(field.Name).Append('[').Append(j).Append("]: ").Append(PyRepr.Repr(list[j]));
                        }
                        break;
                    case null when field.IsOptional:
                        break;
                    default:
                        label.Append('\n').Append(field.Name).Append(": ").Append(PyRepr.Repr(value));
                        break;
                }
            }
            if (includeAttributes && node is LocatedNode at)
                label.Append('\n').Append($"@{at.lineno}:{at.col_offset}-{at.end_lineno}:{at.end_col_offset}");
            sb.Append("  n").Append(id).Append(" [label=").Append(Quote(label.ToString())).Append("];\n");
            foreach (var (edgeLabel, child) in edges)
            {
                int childId = Emit(child);
                sb.Append("  n").Append(id).Append(" -> n").Append(childId)
                  .Append(" [label=").Append(Quote(edgeLabel)).Append("];\n");
            }
            return id;
        }
    }

    /// <summary>A dot string literal: quotes and backslashes escaped, newlines as left-justified breaks.</summary>
    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\l");
            else sb.Append(c);
        }
        return sb.Append("\\l\"").ToString();
    }
}

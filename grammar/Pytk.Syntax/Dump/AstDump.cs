using System.Collections;
using System.Text;

namespace Pytk.Syntax;

/// <summary>
/// CPython 3.13's <c>ast.dump</c>, byte for byte: single line without an indent; with one, a node stays on
/// one line when all its arguments are simple and there are at most three; None-valued optional fields
/// are left out, and so are None and empty lists elsewhere unless <c>showEmpty</c> (Constant and
/// MatchSingleton always show their value).
/// </summary>
/// <remarks>
/// CPython formats children into strings and then joins them, which costs O(size × depth). Here the
/// layout of a node is decided before its children are written (an argument is "simple" exactly when it
/// is a scalar, an empty list or a node with no arguments, which is known without formatting it), so the
/// output streams into one buffer in linear time even for very deep trees.
/// </remarks>
public static class AstDump
{
    public static string Dump(AstNode node, int? indent = null, bool includeAttributes = false,
        bool annotateFields = true, bool showEmpty = false) =>
        Dump(node, indent is null ? null : new string(' ', Math.Max(0, indent.Value)), includeAttributes,
            annotateFields, showEmpty);

    public static string Dump(AstNode node, string? indent, bool includeAttributes = false,
        bool annotateFields = true, bool showEmpty = false)
    {
        var sb = new StringBuilder();
        new Formatter(sb, indent, includeAttributes, annotateFields, showEmpty).Format(node, 0);
        return sb.ToString();
    }

    /// <summary>One argument of a node's printed form: a keyword (or null) and a value, or literal text
    /// (the "None"/"[]" placeholders CPython keeps for positional output).</summary>
    private readonly record struct Arg(string? Keyword, object? Value, string? Literal);

    private sealed class Formatter(StringBuilder sb, string? indent, bool includeAttributes, bool annotateFields,
        bool showEmpty)
    {
        public void Format(object? value, int level)
        {
            if (indent is not null) level++;
            switch (value)
            {
                case AstNode node:
                    FormatNode(node, level);
                    break;
                case IList list when value is not byte[]:
                    if (list.Count == 0)
                    {
                        sb.Append("[]");
                        break;
                    }
                    sb.Append('[');
                    Prefix(level);
                    for (int i = 0; i < list.Count; i++)
                    {
                        if (i > 0) Sep(level);
                        Format(list[i], level);
                    }
                    sb.Append(']');
                    break;
                default:
                    sb.Append(PyRepr.Repr(value));
                    break;
            }
        }

        private void FormatNode(AstNode node, int level)
        {
            DepthGuard.Check();
            var args = Plan(node);
            bool allSimple = true;
            foreach (var a in args)
                if (a.Literal is null && !IsSimple(a.Value)) { allSimple = false; break; }
            sb.Append(node.Info.Name).Append('(');
            bool oneLine = allSimple && args.Count <= 3;
            if (!oneLine) Prefix(level);
            for (int i = 0; i < args.Count; i++)
            {
                if (i > 0)
                {
                    if (oneLine) sb.Append(", ");
                    else Sep(level);
                }
                var a = args[i];
                if (a.Keyword is not null) sb.Append(a.Keyword).Append('=');
                if (a.Literal is not null) sb.Append(a.Literal);
                else Format(a.Value, level);
            }
            sb.Append(')');
        }

        /// <summary>What CPython's loop over _fields and _attributes appends to <c>args</c>.</summary>
        private List<Arg> Plan(AstNode node)
        {
            var info = node.Info;
            var args = new List<Arg>();
            if (info.IsSingleton) return args;
            List<string>? buffer = null;
            bool keywords = annotateFields;
            bool keepsNone = node is Constant or MatchSingleton;
            for (int i = 0; i < info.Fields.Count; i++)
            {
                var field = info.Fields[i];
                var value = node.GetField(i);
                if (value is null && field.IsOptional)
                {
                    keywords = true;
                    continue;
                }
                if (!showEmpty && !keepsNone && (value is null || value is IList { Count: 0 } and not byte[]))
                {
                    (buffer ??= []).Add(value is null ? "None" : "[]");
                    continue;
                }
                if (!keywords && buffer is { Count: > 0 })
                {
                    foreach (var text in buffer) args.Add(new Arg(null, null, text));
                    buffer.Clear();
                }
                args.Add(new Arg(keywords ? field.Name : null, value, null));
            }
            if (includeAttributes)
            {
                for (int i = 0; i < info.Attributes.Count; i++)
                {
                    var attr = info.Attributes[i];
                    var value = node.GetAttribute(i);
                    if (value is null && attr.IsOptional) continue;
                    args.Add(new Arg(attr.Name, value, null));
                }
            }
            return args;
        }

        /// <summary>CPython's "simple": a scalar, an empty list, or a node printed without arguments.</summary>
        private bool IsSimple(object? value) => value switch
        {
            AstNode node => node.Info.IsSingleton || Plan(node).Count == 0,
            IList list when value is not byte[] => list.Count == 0,
            _ => true,
        };

        private void Prefix(int level)
        {
            if (indent is null) return;
            sb.Append('\n');
            for (int i = 0; i < level; i++) sb.Append(indent);
        }

        private void Sep(int level)
        {
            if (indent is null)
            {
                sb.Append(", ");
                return;
            }
            sb.Append(",\n");
            for (int i = 0; i < level; i++) sb.Append(indent);
        }
    }
}

using System.Collections;

namespace Pytk.Syntax;

/// <summary>
/// CPython 3.13's <c>ast.dump</c>, byte for byte: single line without an indent; with one, a node stays on
/// one line when all its arguments are simple and there are at most three; None-valued optional fields
/// are left out, and so are None and empty lists elsewhere unless <c>showEmpty</c> (Constant and
/// MatchSingleton always show their value).
/// </summary>
public static class AstDump
{
    public static string Dump(AstNode node, int? indent = null, bool includeAttributes = false,
        bool annotateFields = true, bool showEmpty = false) =>
        Dump(node, indent is null ? null : new string(' ', Math.Max(0, indent.Value)), includeAttributes,
            annotateFields, showEmpty);

    public static string Dump(AstNode node, string? indent, bool includeAttributes = false,
        bool annotateFields = true, bool showEmpty = false) =>
        new Formatter(indent, includeAttributes, annotateFields, showEmpty).Format(node, 0).Text;

    private sealed class Formatter(string? indent, bool includeAttributes, bool annotateFields, bool showEmpty)
    {
        public (string Text, bool Simple) Format(object? value, int level)
        {
            string prefix, sep;
            if (indent is not null)
            {
                level++;
                prefix = "\n" + Repeat(indent, level);
                sep = ",\n" + Repeat(indent, level);
            }
            else
            {
                prefix = "";
                sep = ", ";
            }
            switch (value)
            {
                case AstNode node:
                    return FormatNode(node, level, prefix, sep);
                case IList list when value is not byte[]:
                    if (list.Count == 0) return ("[]", true);
                    var items = new List<string>(list.Count);
                    foreach (var item in list) items.Add(Format(item, level).Text);
                    return ("[" + prefix + string.Join(sep, items) + "]", false);
                default:
                    return (PyRepr.Repr(value), true);
            }
        }

        private (string, bool) FormatNode(AstNode node, int level, string prefix, string sep)
        {
            DepthGuard.Check();
            var info = node.Info;
            var args = new List<string>();
            var buffer = new List<string>();
            bool allSimple = true;
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
                if (!showEmpty && (value is null || value is IList { Count: 0 } and not byte[]) && !keepsNone)
                {
                    buffer.Add(value is null ? "None" : "[]");
                    continue;
                }
                if (!keywords)
                {
                    args.AddRange(buffer);
                    buffer.Clear();
                }
                var (text, simple) = Format(value, level);
                allSimple &= simple;
                args.Add(keywords ? field.Name + "=" + text : text);
            }
            if (includeAttributes)
            {
                for (int i = 0; i < info.Attributes.Count; i++)
                {
                    var attr = info.Attributes[i];
                    var value = node.GetAttribute(i);
                    if (value is null && attr.IsOptional) continue;
                    var (text, simple) = Format(value, level);
                    allSimple &= simple;
                    args.Add(attr.Name + "=" + text);
                }
            }
            if (allSimple && args.Count <= 3)
                return (info.Name + "(" + string.Join(", ", args) + ")", args.Count == 0);
            return (info.Name + "(" + prefix + string.Join(sep, args) + ")", false);
        }

        private readonly Dictionary<int, string> indents = new();

        private string Repeat(string unit, int level)
        {
            if (!indents.TryGetValue(level, out var s))
                indents[level] = s = string.Concat(Enumerable.Repeat(unit, level));
            return s;
        }
    }
}

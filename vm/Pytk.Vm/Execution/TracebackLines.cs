using System.Text;
using A = Pytk.Syntax;

namespace Pytk.Vm.Execution;

/// <summary>
/// The source lines of one traceback entry as CPython 3.13's traceback module prints them: the lines the
/// failing instruction spans (dedented), with a caret line under the instruction (`^^^^`) — `~~~^^^` when
/// the expression is a binary operation, subscript or call (the operator or bracket part gets `^`). Carets are
/// left out when they would underline the whole line and there is no such anchor, and for `x = f(...)` /
/// `return f(...)` covering the whole statement.
/// </summary>
public static class TracebackLines
{
    /// <summary>Parses a snippet with the runtime's compiler host (which has the parser); null when it does not parse.</summary>
    static A.Module? ParseSnippet(string text) => PythonRuntime.Current.Compiler?.ParseSnippet(text);

    readonly record struct Anchors(int LeftLine, int LeftOffset, int RightLine, int RightOffset);

    public static string Format(string[] lines, int line, Position pos)
    {
        bool hasCols = pos.Line == line && pos.EndLine >= pos.Line && !(pos.Col == 0 && pos.EndCol == 0 && pos.EndLine == pos.Line);
        int endLine = hasCols ? pos.EndLine : line;
        var original = new List<string>();
        for (int i = line; i <= endLine; i++) original.Add(i >= 1 && i <= lines.Length ? lines[i - 1].TrimEnd() : "");
        if (string.Join("\n", original).Trim().Length == 0) return "";
        if (!hasCols) return "    " + original[0].Trim() + "\n";

        var all = Dedent(original);
        int start = ByteToChar(original[0], pos.Col), end = ByteToChar(original[^1], pos.EndCol);
        int dedent = original[0].Length - all[0].Length;
        start = Math.Max(0, start - dedent);
        end = Math.Max(0, end - dedent);
        int dpStart = Width(all[0], start), dpEnd = Width(all[^1], end);

        string joined = string.Join("\n", all);
        int segEnd = joined.Length - (all[^1].Length - end);
        string segment = start <= segEnd && segEnd <= joined.Length ? joined[start..segEnd] : "";
        Anchors? anchors = null;
        try { anchors = FindAnchors(segment); } catch (Exception) { anchors = null; }
        bool show = ShowCarets(start, end, all, anchors);

        var significant = new SortedSet<int> { 0, all.Count - 1 };
        int leftOff = 0, rightOff = 0;
        if (anchors is { } an)
        {
            leftOff = an.LeftOffset + (an.LeftLine == 0 ? start : 0);
            rightOff = an.RightOffset + (an.RightLine == 0 ? start : 0);
            leftOff = Width(all[an.LeftLine], leftOff);
            rightOff = Width(all[an.RightLine], rightOff);
            for (int k = an.LeftLine - 1; k <= an.LeftLine + 1; k++) significant.Add(k);
            for (int k = an.RightLine - 1; k <= an.RightLine + 1; k++) significant.Add(k);
        }
        significant.Remove(-1);
        significant.Remove(all.Count);

        var result = new List<string>();
        void Output(int ln)
        {
            result.Add(all[ln] + "\n");
            if (!show) return;
            int spaces = all[ln].Length - all[ln].TrimStart().Length;
            int n = ln == all.Count - 1 ? dpEnd : Width(all[ln], all[ln].Length);
            var carets = new StringBuilder();
            for (int col = 0; col < n; col++)
            {
                if (col < spaces || (ln == 0 && col < dpStart)) carets.Append(' ');
                else if (anchors is { } a
                    && (ln > a.LeftLine || (ln == a.LeftLine && col >= leftOff))
                    && (ln < a.RightLine || (ln == a.RightLine && col < rightOff)))
                    carets.Append('^');
                else carets.Append(anchors is null ? '^' : '~');
            }
            result.Add(carets + "\n");
        }
        int? prev = null;
        foreach (int ln in significant)
        {
            if (prev is { } p)
            {
                if (ln - p == 2) Output(ln - 1);
                else if (ln - p > 2) result.Add($"...<{ln - p - 1} lines>...\n");
            }
            Output(ln);
            prev = ln;
        }
        return string.Concat(Dedent(string.Concat(result).Split('\n')[..^1].ToList()).Select(l => "    " + l + "\n"));
    }

    /// <summary>textwrap.dedent: removes the longest common leading whitespace; blank lines become empty.</summary>
    static List<string> Dedent(List<string> lines)
    {
        string? margin = null;
        foreach (var l in lines)
        {
            if (l.Trim().Length == 0) continue;
            string ws = l[..(l.Length - l.TrimStart(' ', '\t').Length)];
            if (margin is null || ws.StartsWith(margin)) margin ??= ws;
            else if (margin.StartsWith(ws)) margin = ws;
            else
            {
                int k = 0;
                while (k < margin.Length && k < ws.Length && margin[k] == ws[k]) k++;
                margin = margin[..k];
            }
        }
        margin ??= "";
        return lines.Select(l => l.Trim().Length == 0 ? "" : l[margin.Length..]).ToList();
    }

    static int ByteToChar(string s, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        return Encoding.UTF8.GetString(bytes, 0, Math.Clamp(byteOffset, 0, bytes.Length)).Length;
    }

    /// <summary>Display width of s[..offset]: East Asian wide and fullwidth characters take two columns.</summary>
    static int Width(string s, int offset)
    {
        offset = Math.Min(offset, s.Length);
        int w = 0;
        for (int i = 0; i < offset; i++) w += IsWide(s[i]) ? 2 : 1;
        return w;
    }

    static bool IsWide(char c) => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6));

    static bool ShowCarets(int start, int end, List<string> all, Anchors? anchors)
    {
        if (ParseSnippet(string.Join("\n", all)) is { } tree)
        {
            if (tree.body.Count == 0) return false;
            A.Call? value = tree.body[0] switch
            {
                A.Return { value: A.Call { func: A.Name } c } => c,
                A.Assign { value: A.Call c, targets: [A.Name] } => c,
                _ => null,
            };
            if (value is not null && value.lineno == 1 && value.end_lineno == all.Count
                && value.col_offset == start && value.end_col_offset == end)
                return false;
        }
        if (anchors is not null) return true;
        return all[0][..Math.Min(start, all[0].Length)].Trim().Length > 0 || all[^1][Math.Min(end, all[^1].Length)..].Trim().Length > 0;
    }

    static Anchors? FindAnchors(string segment)
    {
        if (ParseSnippet("(\n" + segment + "\n)") is not { } tree || tree.body.Count != 1) return null;
        if (tree.body[0] is not A.Expr { value: var expr }) return null;
        var lines = segment.Split('\n').ToList();
        if (segment.EndsWith('\n')) lines.RemoveAt(lines.Count - 1);

        int Norm(int ln, int off) => ByteToChar(lines[ln], off);
        (int, int) NextValid(int ln, int col)
        {
            while (ln < lines.Count && col >= lines[ln].Length) { col = 0; ln++; }
            if (ln >= lines.Count) throw new InvalidOperationException();
            return (ln, col);
        }
        (int, int) IncrementUntil(int ln, int col, Func<char, bool> stop)
        {
            while (true)
            {
                char ch = lines[ln][col];
                if (ch is '\\' or '#') (ln, col) = NextValid(ln + 1, 0);
                else if (!stop(ch)) (ln, col) = NextValid(ln, col + 1);
                else return (ln, col);
            }
        }
        (int, int) EndOf(A.ExprNode e, bool forceValid = true)
        {
            int ln = (e.end_lineno ?? e.lineno) - 2;
            int col = Norm(ln, e.end_col_offset ?? e.col_offset);
            return forceValid ? NextValid(ln, col) : (ln, col);
        }

        switch (expr)
        {
            case A.BinOp b:
                {
                    var (ln, col) = EndOf(b.left);
                    (ln, col) = IncrementUntil(ln, col, ch => !char.IsWhiteSpace(ch) && ch != ')');
                    int right = col + 1;
                    if (right < lines[ln].Length
                        && (b.right.lineno - 2 > ln || right < Norm(b.right.lineno - 2, b.right.col_offset))
                        && !char.IsWhiteSpace(lines[ln][right]) && lines[ln][right] is not ('\\' or '#'))
                        right++;
                    return new Anchors(ln, col, ln, right);
                }
            case A.Subscript s:
                {
                    var (ll, lc) = EndOf(s.value);
                    (ll, lc) = IncrementUntil(ll, lc, ch => ch == '[');
                    var (rl, rc) = EndOf(s, forceValid: false);
                    return new Anchors(ll, lc, rl, rc);
                }
            case A.Call c:
                {
                    var (ll, lc) = EndOf(c.func);
                    (ll, lc) = IncrementUntil(ll, lc, ch => ch == '(');
                    var (rl, rc) = EndOf(c, forceValid: false);
                    return new Anchors(ll, lc, rl, rc);
                }
        }
        return null;
    }
}

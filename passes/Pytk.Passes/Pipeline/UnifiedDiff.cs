using System.Text;

namespace Pytk.Passes;

/// <summary>
/// A unified diff (as `diff -u` prints it, 3 lines of context) of two texts. Common prefix and suffix are
/// trimmed first, so the quadratic LCS only sees the changed middle; a middle too large for it becomes one
/// replace hunk, which is still a correct diff.
/// </summary>
public static class UnifiedDiff
{
    public enum Kind { Same, Removed, Added }
    public readonly record struct Line(Kind Kind, string Text, int OldNo, int NewNo);

    const long MaxCells = 4_000_000;

    public static string Format(string before, string after, string fromName, string toName, int context = 3)
    {
        var lines = Compare(Split(before), Split(after));
        if (lines.All(l => l.Kind == Kind.Same)) return "";
        var sb = new StringBuilder();
        sb.Append("--- ").Append(fromName).Append('\n').Append("+++ ").Append(toName).Append('\n');
        int i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Kind == Kind.Same) { i++; continue; }
            int start = Math.Max(0, i - context), end = i;
            // extend the hunk while the next change is within 2*context same lines
            while (true)
            {
                while (end < lines.Count && lines[end].Kind != Kind.Same) end++;
                int next = end;
                while (next < lines.Count && lines[next].Kind == Kind.Same) next++;
                if (next < lines.Count && next - end <= 2 * context) { end = next; continue; }
                end = Math.Min(lines.Count, end + context);
                break;
            }
            var hunk = lines.GetRange(start, end - start);
            int oldStart = hunk.FirstOrDefault(l => l.Kind != Kind.Added).OldNo, newStart = hunk.FirstOrDefault(l => l.Kind != Kind.Removed).NewNo;
            int oldCount = hunk.Count(l => l.Kind != Kind.Added), newCount = hunk.Count(l => l.Kind != Kind.Removed);
            sb.Append($"@@ -{(oldCount == 0 ? OldBefore(lines, start) : oldStart)},{oldCount} +{(newCount == 0 ? NewBefore(lines, start) : newStart)},{newCount} @@\n");
            foreach (var l in hunk)
                sb.Append(l.Kind switch { Kind.Same => ' ', Kind.Removed => '-', _ => '+' }).Append(l.Text).Append('\n');
            i = end;
        }
        return sb.ToString();
    }

    static int OldBefore(List<Line> lines, int at) => at == 0 ? 0 : lines.Take(at).Count(l => l.Kind != Kind.Added);
    static int NewBefore(List<Line> lines, int at) => at == 0 ? 0 : lines.Take(at).Count(l => l.Kind != Kind.Removed);

    static string[] Split(string s)
    {
        if (s.EndsWith('\n')) s = s[..^1];
        return s.Length == 0 ? [] : s.Split('\n');
    }

    /// <summary>The aligned lines of the two texts (line numbers from 1).</summary>
    public static List<Line> Compare(string[] a, string[] b)
    {
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
        int suf = 0;
        while (suf < a.Length - pre && suf < b.Length - pre && a[a.Length - 1 - suf] == b[b.Length - 1 - suf]) suf++;
        var result = new List<Line>();
        for (int k = 0; k < pre; k++) result.Add(new Line(Kind.Same, a[k], k + 1, k + 1));
        int n = a.Length - pre - suf, m = b.Length - pre - suf;
        if ((long)n * m > MaxCells)
        {
            for (int k = 0; k < n; k++) result.Add(new Line(Kind.Removed, a[pre + k], pre + k + 1, 0));
            for (int k = 0; k < m; k++) result.Add(new Line(Kind.Added, b[pre + k], 0, pre + k + 1));
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (int x = n - 1; x >= 0; x--)
                for (int y = m - 1; y >= 0; y--)
                    lcs[x, y] = a[pre + x] == b[pre + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            int i = 0, j = 0;
            while (i < n || j < m)
            {
                if (i < n && j < m && a[pre + i] == b[pre + j]) { result.Add(new Line(Kind.Same, a[pre + i], pre + i + 1, pre + j + 1)); i++; j++; }
                // removals before additions, as diff -u prints a replaced block
                else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1])) { result.Add(new Line(Kind.Removed, a[pre + i], pre + i + 1, 0)); i++; }
                else { result.Add(new Line(Kind.Added, b[pre + j], 0, pre + j + 1)); j++; }
            }
        }
        for (int k = suf; k > 0; k--)
            result.Add(new Line(Kind.Same, a[a.Length - k], a.Length - k + 1, b.Length - k + 1));
        return result;
    }
}

using System.Text;
using DiffPlex;

namespace Pytk.Passes;

/// <summary>
/// A unified diff (as `diff -u` prints it, 3 lines of context) of two texts: the edit script comes from
/// DiffPlex (Myers' O(ND) algorithm, linear space), the hunks are laid out here as GNU diff lays them out.
/// </summary>
public static class UnifiedDiff
{
    public enum Kind { Same, Removed, Added }
    public readonly record struct Line(Kind Kind, string Text, int OldNo, int NewNo);

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

    /// <summary>The aligned lines of the two texts (line numbers from 1), from DiffPlex's Myers diff: a
    /// shortest edit script, so a big file with scattered changes gives many small hunks, as GNU diff does.</summary>
    public static List<Line> Compare(string[] a, string[] b)
    {
        string textA = string.Join('\n', a), textB = string.Join('\n', b);
        var diff = Differ.Instance.CreateDiffs(textA, textB, false, false, new Given(textA, a, textB, b));
        var result = new List<Line>(Math.Max(a.Length, b.Length));
        int i = 0, j = 0;
        foreach (var block in diff.DiffBlocks)
        {
            // the same lines up to the block, then its removals before its additions, as diff -u prints them
            while (i < block.DeleteStartA) { result.Add(new Line(Kind.Same, a[i], i + 1, j + 1)); i++; j++; }
            for (int k = 0; k < block.DeleteCountA; k++, i++) result.Add(new Line(Kind.Removed, a[i], i + 1, 0));
            for (int k = 0; k < block.InsertCountB; k++, j++) result.Add(new Line(Kind.Added, b[j], 0, j + 1));
        }
        while (i < a.Length) { result.Add(new Line(Kind.Same, a[i], i + 1, j + 1)); i++; j++; }
        return result;
    }

    /// <summary>Hands DiffPlex the lines already split (DiffPlex's own line chunker would also split at a
    /// lone '\r', which a line of a dump may hold).</summary>
    sealed class Given(string textA, string[] a, string textB, string[] b) : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) =>
            ReferenceEquals(text, textA) ? a : ReferenceEquals(text, textB) ? b
            : throw new InvalidOperationException("DiffPlex asked to split a text it was not given");
    }
}

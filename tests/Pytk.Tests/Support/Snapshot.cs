using System.Runtime.CompilerServices;
using System.Text;

namespace Pytk.Tests.Support;

/// <summary>
/// A small stand-in for Verify (whose core package the package mirror lacks), with the same habits:
/// the expected text lives in `NAME.verified.txt` beside the test file; a mismatch writes
/// `NAME.received.txt` and fails with a readable line diff; setting PYTK_ACCEPT=1 (or VERIFY_AUTOVERIFY=1)
/// accepts the received text. Moving to Verify later is a rename of <see cref="Verify"/> calls.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        string dir = Path.Combine(Path.GetDirectoryName(testFile)!, "snapshots");
        Directory.CreateDirectory(dir);
        string verified = Path.Combine(dir, name + ".verified.txt");
        string received = Path.Combine(dir, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Accepting)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        string message = expected is null
            ? $"No snapshot yet: {verified}\nReceived text written to {received}; review it and set PYTK_ACCEPT=1 to accept."
            : $"Snapshot mismatch: {verified}\n{TextDiff.Unified(expected, actual)}";
        Assert.Fail(message);
    }

    static bool Accepting =>
        Environment.GetEnvironmentVariable("PYTK_ACCEPT") is "1" or "true" ||
        Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY") is "1" or "true";
}

/// <summary>Readable line diffs for assertion messages (first differences only, with context).</summary>
public static class TextDiff
{
    public static string Unified(string expected, string actual, int maxLines = 40)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var sb = new StringBuilder();
        int shown = 0;
        int n = Math.Max(a.Length, b.Length);
        for (int i = 0; i < n && shown < maxLines; i++)
        {
            string? x = i < a.Length ? a[i] : null;
            string? y = i < b.Length ? b[i] : null;
            if (x == y) continue;
            sb.Append("@@ line ").Append(i + 1).Append(" @@\n");
            if (x is not null) sb.Append("- ").Append(x).Append('\n');
            if (y is not null) sb.Append("+ ").Append(y).Append('\n');
            shown++;
        }
        if (shown == 0) sb.Append("(texts differ only in line endings or trailing text)\n");
        return sb.ToString();
    }
}

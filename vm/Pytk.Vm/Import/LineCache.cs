using System.Collections.Concurrent;

namespace Pytk.Vm.Import;

/// <summary>
/// Source lines for tracebacks of code loaded from a cache file (which does not store the source), read
/// from the file when a traceback needs them, as CPython's linecache does; keyed by path and mtime.
/// </summary>
public static class LineCache
{
    static readonly ConcurrentDictionary<string, (long Mtime, string[] Lines)> files = new();

    public static string[]? Lines(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            long mtime = File.GetLastWriteTimeUtc(path).Ticks;
            if (files.TryGetValue(path, out var hit) && hit.Mtime == mtime) return hit.Lines;
            var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
            files[path] = (mtime, lines);
            return lines;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}

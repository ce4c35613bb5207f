using System.Reflection;

namespace Pytk.Vm.Import;

/// <summary>
/// Modules pytk ships as Python source (vm/Pytk.Vm/Lib/NAME.py, embedded in the assembly): the ones whose
/// behaviour is mostly Python-level protocol (collections, heapq, bisect, copy, json), where writing them in
/// Python keeps CPython's semantics (dunder calls, comparisons, subclassing) for free. Hot paths live in C#.
/// </summary>
public static class ShippedLib
{
    static readonly Assembly Asm = typeof(ShippedLib).Assembly;

    public static string? Source(string name)
    {
        using var s = Asm.GetManifestResourceStream($"pytk.Lib.{name}.py");
        if (s is null) return null;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>__file__ of a shipped module: where its source lives in pytk's tree, marked as pytk's.</summary>
    public static string Origin(string name) => $"<pytk>/Lib/{name}.py";

    public static IEnumerable<string> Names =>
        Asm.GetManifestResourceNames().Where(n => n.StartsWith("pytk.Lib.") && n.EndsWith(".py")).Select(n => n["pytk.Lib.".Length..^3]);
}

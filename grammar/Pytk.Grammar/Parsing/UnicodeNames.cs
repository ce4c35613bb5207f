using System.Globalization;
using System.IO.Compression;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// Unicode character names for `\N{...}` escapes. .NET has no name table, so UnicodeNames.txt.gz is
/// generated from CPython 3.13's unicodedata (gen_unicode_names.py) and loaded on the first `\N{`.
/// </summary>
public static class UnicodeNames
{
    static readonly Lazy<Dictionary<string, int>> Table = new(Load);

    // Families whose names end with the code point in hex, with the ranges unicodedata 15.1 gives them.
    static readonly (string Prefix, int First, int Last)[] Derived =
    [
        ("CJK UNIFIED IDEOGRAPH-", 0x3400, 0x4DBF), ("CJK UNIFIED IDEOGRAPH-", 0x4E00, 0x9FFF),
        ("CJK UNIFIED IDEOGRAPH-", 0x20000, 0x2A6DF), ("CJK UNIFIED IDEOGRAPH-", 0x2A700, 0x2B739),
        ("CJK UNIFIED IDEOGRAPH-", 0x2B740, 0x2B81D), ("CJK UNIFIED IDEOGRAPH-", 0x2B820, 0x2CEA1),
        ("CJK UNIFIED IDEOGRAPH-", 0x2CEB0, 0x2EBE0), ("CJK UNIFIED IDEOGRAPH-", 0x2EBF0, 0x2EE5D),
        ("CJK UNIFIED IDEOGRAPH-", 0x30000, 0x3134A), ("CJK UNIFIED IDEOGRAPH-", 0x31350, 0x323AF),
        ("CJK COMPATIBILITY IDEOGRAPH-", 0xF900, 0xFA6D), ("CJK COMPATIBILITY IDEOGRAPH-", 0xFA70, 0xFAD9), ("CJK COMPATIBILITY IDEOGRAPH-", 0x2F800, 0x2FA1D),
        ("KHITAN SMALL SCRIPT CHARACTER-", 0x18B00, 0x18CD5), ("NUSHU CHARACTER-", 0x1B170, 0x1B2FB),
    ];

    /// <summary>The code point named <paramref name="name"/> (case-insensitive, as CPython), or -1.</summary>
    public static int Lookup(string name)
    {
        name = name.ToUpperInvariant();
        if (Table.Value.TryGetValue(name, out int cp)) return cp;
        foreach (var (prefix, first, last) in Derived)
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out cp)
                && name.Length - prefix.Length is 4 or 5 && cp >= first && cp <= last)
                return cp;
        return -1;
    }

    static Dictionary<string, int> Load()
    {
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Pytk.Grammar.UnicodeNames.txt.gz")
            ?? throw new InvalidOperationException("UnicodeNames.txt.gz is not embedded");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var table = new Dictionary<string, int>(45000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            int semi = line.IndexOf(';');
            table[line[..semi]] = int.Parse(line.AsSpan(semi + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        return table;
    }
}

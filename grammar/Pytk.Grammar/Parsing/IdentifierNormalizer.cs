using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pytk.Grammar.Parsing;

/// <summary>
/// NFKC for identifiers (PEP 3131), character by character from a table generated from CPython's
/// unicodedata (gen_nfkc_table.py): .NET cannot normalize under InvariantGlobalization.
/// </summary>
static class IdentifierNormalizer
{
    static readonly Lazy<Dictionary<int, string>> Table = new(Load);

    public static string Normalize(string s)
    {
        StringBuilder? sb = null;
        int i = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value > 0x7F && Table.Value.TryGetValue(rune.Value, out var mapped))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length + 8);
                sb.Append(mapped);
            }
            else sb?.Append(rune.ToString());
            i += rune.Utf16SequenceLength;
        }
        return sb?.ToString() ?? s;
    }

    static Dictionary<int, string> Load()
    {
        using var stream = typeof(IdentifierNormalizer).Assembly.GetManifestResourceStream("Pytk.Grammar.NfkcIdentifiers.txt.gz")
            ?? throw new InvalidOperationException("NfkcIdentifiers.txt.gz is not embedded");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            int semi = line.IndexOf(';');
            var sb = new StringBuilder();
            foreach (var part in line[(semi + 1)..].Split(' '))
                sb.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            table[int.Parse(line.AsSpan(0, semi), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)] = sb.ToString();
        }
        return table;
    }
}

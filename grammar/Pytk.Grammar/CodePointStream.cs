using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Pytk.Grammar;

/// <summary>
/// The lexer's input as code points, for text holding surrogates: a pair is one code point, and a lone one
/// (an undecodable source byte, see <see cref="SourceDecoder.DecodeSource"/>) stays a code point of its own,
/// where ANTLR's CodePointCharStream would refuse the text.
/// </summary>
sealed class CodePointStream : ICharStream
{
    readonly int[] points;
    int p;

    public CodePointStream(string text)
    {
        var list = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                list.Add(char.ConvertToUtf32(c, text[++i]));
            else list.Add(c);
        }
        points = list.ToArray();
    }

    public int Index => p;
    public int Size => points.Length;
    public string SourceName => IntStreamConstants.UnknownSourceName;

    public void Consume()
    {
        if (p >= points.Length) throw new InvalidOperationException("cannot consume EOF");
        p++;
    }

    public int LA(int i)
    {
        if (i == 0) return 0;
        int at = i < 0 ? p + i : p + i - 1;
        return at < 0 || at >= points.Length ? IntStreamConstants.EOF : points[at];
    }

    public int Mark() => -1;
    public void Release(int marker) { }
    public void Seek(int index) => p = Math.Clamp(index, 0, points.Length);

    public string GetText(Interval interval)
    {
        int start = Math.Max(interval.a, 0), stop = Math.Min(interval.b, points.Length - 1);
        var sb = new StringBuilder(Math.Max(stop - start + 1, 0));
        for (int i = start; i <= stop; i++)
        {
            int cp = points[i];
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return sb.ToString();
    }

    public override string ToString() => GetText(Interval.Of(0, points.Length - 1));
}

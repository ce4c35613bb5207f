using System.Globalization;
using System.Text;

namespace Pytk.Syntax;

/// <summary>A JSON number kept as its text, so ints of any size and floats keep their exact spelling.</summary>
internal sealed record JsonNumber(string Text)
{
    public bool IsInteger => Text.IndexOfAny(['.', 'e', 'E']) < 0;
}

/// <summary>
/// A small JSON reader producing Dictionary / List / string / JsonNumber / bool / null. Hand-written rather
/// than System.Text.Json because Python strings may hold lone surrogates (<c>"\ud800"</c>), which that
/// reader rejects, and because ints may have any number of digits.
/// </summary>
internal sealed class MiniJson(string text)
{
    private int pos;

    public static object? Parse(string text)
    {
        var p = new MiniJson(text);
        var value = p.Value(0);
        p.SkipSpace();
        if (p.pos != text.Length) throw p.Error("extra data");
        return value;
    }

    private object? Value(int depth)
    {
        if (depth > 100_000) throw Error("nesting too deep");
        SkipSpace();
        if (pos >= text.Length) throw Error("unexpected end of data");
        char c = text[pos];
        switch (c)
        {
            case '{':
            {
                DepthGuard.Check();
                pos++;
                var obj = new Dictionary<string, object?>();
                SkipSpace();
                if (Peek() == '}') { pos++; return obj; }
                while (true)
                {
                    SkipSpace();
                    if (Peek() != '"') throw Error("expected a property name");
                    string key = String();
                    SkipSpace();
                    Expect(':');
                    obj[key] = Value(depth + 1);
                    SkipSpace();
                    if (Peek() == ',') { pos++; continue; }
                    Expect('}');
                    return obj;
                }
            }
            case '[':
            {
                DepthGuard.Check();
                pos++;
                var list = new List<object?>();
                SkipSpace();
                if (Peek() == ']') { pos++; return list; }
                while (true)
                {
                    list.Add(Value(depth + 1));
                    SkipSpace();
                    if (Peek() == ',') { pos++; continue; }
                    Expect(']');
                    return list;
                }
            }
            case '"':
                return String();
            case 't': Word("true"); return true;
            case 'f': Word("false"); return false;
            case 'n': Word("null"); return null;
            default:
                if (c == '-' || char.IsAsciiDigit(c)) return Number();
                throw Error($"unexpected character '{c}'");
        }
    }

    private JsonNumber Number()
    {
        int start = pos;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] is '-' or '+' or '.' or 'e' or 'E')) pos++;
        return new JsonNumber(text[start..pos]);
    }

    private string String()
    {
        pos++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length) throw Error("unterminated string");
            char c = text[pos++];
            if (c == '"') return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            if (pos >= text.Length) throw Error("unterminated string");
            char e = text[pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (pos + 4 > text.Length ||
                        !int.TryParse(text.AsSpan(pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int u))
                        throw Error("bad \\u escape");
                    sb.Append((char)u);
                    pos += 4;
                    break;
                default: throw Error($"bad escape \\{e}");
            }
        }
    }

    private void Word(string w)
    {
        if (string.CompareOrdinal(text, pos, w, 0, w.Length) != 0) throw Error("unexpected word");
        pos += w.Length;
    }

    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c) throw Error($"expected '{c}'");
        pos++;
    }

    private void SkipSpace()
    {
        while (pos < text.Length && text[pos] is ' ' or '\t' or '\n' or '\r') pos++;
    }

    private AstJsonException Error(string what) => new($"invalid JSON at offset {pos}: {what}");
}

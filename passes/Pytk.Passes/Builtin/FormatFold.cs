using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// ast_opt.c optimize_format: <c>'a %s b %-5r' % (x, y)</c> becomes <c>f'a {x!s} b {y!r:5}'</c> when every
/// conversion is %s, %r or %a with at most two-digit width and precision and the item count matches.
/// The literal pieces and the format spec are constants without a position (-1), as CPython makes them.
/// </summary>
static class FormatFold
{
    const int MaxDigits = 3;

    public static JoinedStr? Fold(BinOp node, string fmt, List<ExprNode> elts)
    {
        var values = new List<ExprNode>();
        int pos = 0, count = 0;
        while (true)
        {
            if (Literal(fmt, ref pos) is { } lit) values.Add(lit);
            if (pos >= fmt.Length) break;
            if (count >= elts.Count) return null; // more format units than items
            pos++; // the '%'
            var item = Format(fmt, ref pos, elts[count]);
            count++;
            if (item is null) return null;
            values.Add(item);
        }
        if (count < elts.Count) return null; // more items than format units
        return (JoinedStr)new JoinedStr(values).CopyLocation(node);
    }

    static Constant Unplaced(string s) => (Constant)new Constant(s, null).At(-1, -1, -1, -1);

    static Constant? Literal(string fmt, ref int pos)
    {
        int start = pos;
        bool percents = false;
        while (pos < fmt.Length)
        {
            if (fmt[pos] != '%') pos++;
            else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%') { percents = true; pos += 2; }
            else break;
        }
        if (pos == start) return null;
        string s = fmt[start..pos];
        return Unplaced(percents ? s.Replace("%%", "%") : s);
    }

    static FormattedValue? Format(string fmt, ref int pos, ExprNode arg)
    {
        int p = pos, width = -1, prec = -1;
        bool ljust = false;
        char ch;
        bool Next(out char c)
        {
            if (p >= fmt.Length) { c = '\0'; return false; }
            c = fmt[p++];
            return true;
        }
        while (true)
        {
            if (!Next(out ch)) return null;
            if (ch == '-') { ljust = true; continue; }
            if (ch is '+' or ' ' or '#' or '0') continue;
            break;
        }
        if (ch is >= '0' and <= '9')
        {
            width = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                width = width * 10 + (ch - '0');
                if (!Next(out ch)) return null;
                if (++digits >= MaxDigits) return null;
            }
        }
        if (ch == '.')
        {
            if (!Next(out ch)) return null;
            prec = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                prec = prec * 10 + (ch - '0');
                if (!Next(out ch)) return null;
                if (++digits >= MaxDigits) return null;
            }
        }
        if (ch is not ('s' or 'r' or 'a')) return null;
        pos = p;
        string spec = (!ljust && width > 0 ? ">" : "") + (width >= 0 ? width.ToString() : "") + (prec >= 0 ? "." + prec : "");
        var value = new FormattedValue(arg, ch, spec.Length == 0 ? null : Unplaced(spec));
        if (arg is LocatedNode at) value.CopyLocation(at);
        return value;
    }
}

using System.Numerics;
using System.Text;

namespace Pytk.Vm.BuiltinTypes.Str;

/// <summary>The format mini-language, `%` formatting and str.format.</summary>
public static class Formatting
{
    public sealed class Spec
    {
        public char Fill = ' ', Align = '\0', Sign = '-', Type = '\0', Grouping = '\0';
        public bool Alt, Zero, NoNegZero;
        public int Width = -1, Precision = -1;
        /// <summary>The precision written exceeds a C int (kept as int.MaxValue): fine for truncating a str, "precision too big" for a number.</summary>
        public bool PrecisionTooBig;
    }

    public static Spec Parse(string s, string typeName = "object")
    {
        var sp = new Spec();
        int i = 0;
        bool explicitFill = false;
        if (s.Length >= 2 && s[1] is '<' or '>' or '^' or '=') { sp.Fill = s[0]; sp.Align = s[1]; i = 2; explicitFill = true; }
        else if (s.Length >= 1 && s[0] is '<' or '>' or '^' or '=') { sp.Align = s[0]; i = 1; }
        if (i < s.Length && s[i] is '+' or '-' or ' ') sp.Sign = s[i++];
        if (i < s.Length && s[i] == 'z') { sp.NoNegZero = true; i++; }
        if (i < s.Length && s[i] == '#') { sp.Alt = true; i++; }
        if (i < s.Length && s[i] == '0') { sp.Zero = true; i++; }
        int st = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > st) sp.Width = SizeOf(s[st..i], "Too many decimal digits in format string");
        if (i < s.Length && s[i] is ',' or '_') sp.Grouping = s[i++];
        // One separator only: ',_', '_,' (and ',' after '_') are CPython's "both" error.
        if (sp.Grouping != '\0' && i < s.Length && s[i] is ',' or '_' && s[i] != sp.Grouping)
            throw Err.Value("Cannot specify both ',' and '_'.");
        if (i < s.Length && s[i] == '.')
        {
            i++; st = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == st) throw Err.Value("Format specifier missing precision");
            (sp.Precision, sp.PrecisionTooBig) = PrecisionOf(s[st..i], "Too many decimal digits in format string");
        }
        if (i < s.Length) sp.Type = s[i++];
        if (i < s.Length) throw Err.Value($"Invalid format specifier '{s}' for object of type '{typeName}'");
        // The '0' flag pads with zeros unless a fill is given, and for numbers (right-aligned by default) means '='
        // alignment unless one is given; a str stays left-aligned ('{:06s}' is 'ab0000').
        if (sp.Zero && !explicitFill) sp.Fill = '0';
        if (sp.Zero && !explicitFill && sp.Align == '\0' && typeName != "str") sp.Align = '=';
        // A separator suits decimal and float types; '_' also bin/oct/hex (every four digits). Anything else
        // (a str's default 's' included) is "Cannot specify ',' with 'x'." as CPython words it.
        if (sp.Grouping != '\0')
        {
            char t = sp.Type == '\0' && typeName == "str" ? 's' : sp.Type;
            bool ok = t is '\0' or 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F'
                || (sp.Grouping == '_' && t is 'b' or 'o' or 'x' or 'X');
            if (!ok)
                throw Err.Value(t > ' ' && t < (char)127 ? $"Cannot specify '{sp.Grouping}' with '{t}'." : $"Cannot specify '{sp.Grouping}' with '\\x{(int)t:x}'.");
        }
        return sp;
    }

    /// <summary>
    /// A width or precision written in a format: <paramref name="tooBig"/> (ValueError) beyond a C ssize_t,
    /// MemoryError when no string could be that wide.
    /// </summary>
    static int SizeOf(string digits, string tooBig)
    {
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n))
            throw Err.Value(tooBig);
        return Limits.Chars(n);
    }

    /// <summary>
    /// A width or precision of `%` formatting, as CPython's parser reads them: <paramref name="tooBig"/>
    /// (ValueError) for a width over a C ssize_t or a precision over a C int; a width MemoryError when no string
    /// could be that wide.
    /// </summary>
    static int PercentSize(string digits, string tooBig, bool width)
    {
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n) || (!width && n > int.MaxValue))
            throw Err.Value(tooBig);
        return width ? Limits.Chars(n) : (int)n;
    }

    /// <summary>A precision written in a format: <paramref name="tooBig"/> (ValueError) beyond a C ssize_t; over a C int it is flagged.</summary>
    static (int, bool) PrecisionOf(string digits, string tooBig)
    {
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n))
            throw Err.Value(tooBig);
        return n > int.MaxValue ? (int.MaxValue, true) : ((int)n, false);
    }

    /// <summary>
    /// The precision a float or complex is formatted with (CPython's format_float_internal): "precision too big"
    /// over a C int, MemoryError when no string could hold that many digits.
    /// </summary>
    static int FloatPrecision(Spec sp)
    {
        if (sp.PrecisionTooBig) throw Err.Value("precision too big");
        return sp.Precision < 0 ? 6 : Limits.Chars(sp.Precision);
    }

    static string Align(string body, string sign, Spec sp, char defaultAlign)
    {
        int len = sign.Length + StrMethods.CpLen(body);
        if (sp.Width <= len) return sign + body;
        int pad = sp.Width - len;
        char a = sp.Align == '\0' ? defaultAlign : sp.Align;
        string f(int n) => new(sp.Fill, n);
        return a switch
        {
            '<' => sign + body + f(pad),
            '>' => f(pad) + sign + body,
            '^' => f(pad / 2) + sign + body + f(pad - pad / 2),
            _ => sign + f(pad) + body,
        };
    }

    public static string FormatStr(string s, string spec)
    {
        if (spec.Length == 0) return s;
        var sp = Parse(spec, "str");
        if (sp.Type is not ('\0' or 's')) throw Err.Value($"Unknown format code '{sp.Type}' for object of type 'str'");
        if (sp.Sign != '-') throw Err.Value("Sign not allowed in string format specifier");
        if (sp.Align == '=') throw Err.Value("'=' alignment not allowed in string format specifier");
        if (sp.Precision >= 0 && s.Length > sp.Precision) s = s[..sp.Precision];
        return Align(s, "", sp, '<');
    }

    static string Group(string digits, char sep, int every)
    {
        if (sep == '\0') return digits;
        var sb = new StringBuilder();
        int n = digits.Length;
        for (int i = 0; i < n; i++)
        {
            if (i > 0 && (n - i) % every == 0) sb.Append(sep);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    public static string FormatInt(PyInt v, string spec)
    {
        if (spec.Length == 0) return v.ToDecimal();
        var sp = Parse(spec, "int");
        if (sp.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
            return FormatFloat(v.ToDouble(), spec);
        if (sp.Precision >= 0) throw Err.Value("Precision not allowed in integer format specifier");
        if (sp.NoNegZero) throw Err.Value("Negative zero coercion (z) not allowed in integer format specifier");
        BigInteger b = v.AsBig;
        bool neg = b.Sign < 0;
        var mag = BigInteger.Abs(b);
        string digits, prefix = "";
        int every = 3;
        switch (sp.Type)
        {
            case '\0' or 'd' or 'n': digits = PyInt.Decimal(mag); break;
            case 'x': digits = ToBase(mag, 16); prefix = sp.Alt ? "0x" : ""; every = 4; break;
            case 'X': digits = ToBase(mag, 16).ToUpperInvariant(); prefix = sp.Alt ? "0X" : ""; every = 4; break;
            case 'o': digits = ToBase(mag, 8); prefix = sp.Alt ? "0o" : ""; every = 4; break;
            case 'b': digits = ToBase(mag, 2); prefix = sp.Alt ? "0b" : ""; every = 4; break;
            case 'c': return Align(char.ConvertFromUtf32((int)b), "", sp, '>');
            default: throw Err.Value($"Unknown format code '{sp.Type}' for object of type 'int'");
        }
        string sign = neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        if (sp.Align == '=' && sp.Fill == '0' && sp.Grouping != '\0')
        {
            int target = sp.Width - sign.Length - prefix.Length;
            while (Group(digits, sp.Grouping, every).Length < target) digits = "0" + digits;
        }
        return Align(Group(digits, sp.Grouping, every), sign + prefix, sp, '>');
    }

    public static string ToBase(BigInteger mag, int radix)
    {
        if (mag.IsZero) return "0";
        var sb = new StringBuilder();
        while (!mag.IsZero) { int d = (int)(mag % radix); sb.Insert(0, "0123456789abcdef"[d]); mag /= radix; }
        return sb.ToString();
    }

    public static string FormatFloat(double v, string spec)
    {
        if (spec.Length == 0) return PyRepr.Float(v);
        var sp = Parse(spec, "float");
        bool neg = double.IsNegative(v) && !double.IsNaN(v);
        double a = Math.Abs(v);
        string body;
        int prec = FloatPrecision(sp);
        switch (sp.Type)
        {
            case 'f' or 'F': body = FloatFormat.Fixed(a, prec); if (sp.Type == 'F') body = body.ToUpperInvariant(); break;
            case 'e' or 'E': body = FloatFormat.Exponent(a, prec, sp.Type == 'E'); break;
            case 'g' or 'G': body = FloatFormat.General(a, sp.Precision < 0 ? 6 : prec, sp.Alt, sp.Type == 'G'); break;
            case '%': body = FloatFormat.Fixed(a * 100, prec) + "%"; break;
            case 'n': body = FloatFormat.General(a, sp.Precision < 0 ? 6 : prec, sp.Alt, false); break;
            case '\0':
                body = sp.Precision < 0 ? PyRepr.Float(a) : FloatFormat.ReprWithPrecision(a, sp.Precision);
                break;
            default: throw Err.Value($"Unknown format code '{sp.Type}' for object of type 'float'");
        }
        if (sp.Alt && !body.Contains('.') && sp.Type is 'f' or 'F' or 'e' or 'E' or '%' && !double.IsInfinity(a) && !double.IsNaN(a))
        {
            int e = body.IndexOfAny(['e', 'E', '%']);
            body = e < 0 ? body + "." : body[..e] + "." + body[e..];
        }
        if (sp.NoNegZero && neg && body.Trim('0', '.', '%') is "" or "e+00") neg = false;
        if (sp.Grouping != '\0' && !double.IsInfinity(a) && !double.IsNaN(a))
        {
            int end = body.IndexOfAny(['.', 'e', 'E', '%']);
            if (end < 0) end = body.Length;
            body = Group(body[..end], sp.Grouping, 3) + body[end..];
        }
        string sign = neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        return Align(body, sign, sp, '>');
    }

    public static string FormatComplex(PyComplex c, string spec)
    {
        if (spec.Length == 0) return NumberMethods.ComplexRepr(c);
        var sp = Parse(spec, "complex");
        if (sp.Zero) throw Err.Value("Zero padding is not allowed in complex format specifier");
        if (sp.Align == '=') throw Err.Value("'=' alignment flag is not allowed in complex format specifier");
        if (sp.Type is '%' or 'n' or 'c' or 'd' or 's') throw Err.Value($"Unknown format code '{sp.Type}' for object of type 'complex'");
        FloatPrecision(sp);
        // No type: each part as repr writes it (1, not 1.0) or, with a precision, as 'g'; a +0.0 real part is
        // left out, and the parentheses come only with it. The sign option applies to the first part written.
        bool noType = sp.Type == '\0';
        bool skipReal = noType && c.Real == 0 && !double.IsNegative(c.Real);
        string flags = (sp.NoNegZero ? "z" : "") + (sp.Alt ? "#" : "") + (sp.Grouping != '\0' ? sp.Grouping.ToString() : "")
            + (sp.Precision >= 0 ? "." + sp.Precision : "") + (noType ? (sp.Precision >= 0 ? "g" : "") : sp.Type.ToString());
        string Part(double v, char sign)
        {
            string p = FormatFloat(v, sign + flags);
            return noType && sp.Precision < 0 && p.EndsWith(".0") ? p[..^2] : p;
        }
        string im = Part(c.Imag, skipReal ? sp.Sign : '+') + "j";
        string body = skipReal ? im : (noType ? "(" : "") + Part(c.Real, sp.Sign) + im + (noType ? ")" : "");
        return Align(body, "", sp, '>');
    }

    // ---- % formatting ----

    /// <summary>A `*` width or precision: an int (CPython's "* wants int" for anything else).</summary>
    static int StarArg(PyObject o) => o is PyInt ? Ops.IndexInt(o) : throw Err.Type("* wants int");

    /// <summary>A %s, %b, %r, %a or %c item of bytes % args, as Latin-1 text.</summary>
    static string PercentBytesItem(char type, PyObject arg)
    {
        var l1 = System.Text.Encoding.Latin1;
        switch (type)
        {
            case 'r' or 'a':
                return StrMethods.Ascii(Ops.Repr(arg));
            case 'c':
                if (arg is PyBytes one) return one.Value.Length == 1 ? l1.GetString(one.Value) : throw Err.Type("%c requires an integer in range(256) or a single byte");
                if (arg is PyInt || arg.Type.Lookup("__index__") is not null)
                {
                    var ci = Ops.Index(arg);
                    return ci.IsSmall && ci.V is >= 0 and < 256 ? ((char)ci.V).ToString() : throw Err.Overflow("%c arg not in range(256)");
                }
                throw Err.Type("%c requires an integer in range(256) or a single byte");
            default:
                if (arg is PyBytes b) return l1.GetString(b.Value);
                if (arg.Type.Lookup("__bytes__") is { } conv && Ops.CallSpecial(conv, arg) is PyBytes made) return l1.GetString(made.Value);
                throw Err.Type($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
        }
    }

    /// <summary>
    /// `fmt % args`. With <paramref name="bytes"/>, fmt is bytes read as Latin-1 (bytes % args, PEP 461): %s and %b
    /// take bytes-like objects or __bytes__, %r and %a give ascii(), %c an int in range(256) or one byte.
    /// </summary>
    public static string Percent(string fmt, PyObject args, bool bytes = false)
    {
        var sb = new StringBuilder();
        PyObject[] items = args is PyTuple t ? t.Items : [args];
        PyObject? mapping = args is not PyTuple && args is not PyStr && args.Type.Lookup("__getitem__") is not null ? args : null;
        int ai = 0;
        bool keyed = false;
        PyObject NextArg()
        {
            // After a %(key) item, a positional one finds nothing (CPython's "not enough arguments").
            if (ai >= items.Length || keyed) throw Err.Type("not enough arguments for format string");
            return items[ai++];
        }
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); continue; }
            if (++i >= fmt.Length) throw Err.Value("incomplete format");
            PyObject? arg = null;
            if (fmt[i] == '(')
            {
                // the key runs to the matching ')' (parentheses inside it nest)
                int close = i + 1, parens = 1;
                for (; close < fmt.Length; close++)
                    if (fmt[close] == '(') parens++;
                    else if (fmt[close] == ')' && --parens == 0) break;
                if (close >= fmt.Length) throw Err.Value("incomplete format key");
                if (mapping is null) throw Err.Type("format requires a mapping");
                string key = fmt[(i + 1)..close];
                arg = Ops.GetItem(mapping, bytes ? new PyBytes(System.Text.Encoding.Latin1.GetBytes(key)) : new PyStr(key));
                i = close + 1;
                keyed = true;
            }
            var sp = new Spec { Align = '>' };
            string flags = "";
            while (i < fmt.Length && fmt[i] is '-' or '+' or ' ' or '#' or '0') flags += fmt[i++];
            if (i < fmt.Length && fmt[i] == '*') { sp.Width = StarArg(NextArg()); i++; }
            else { int st = i; while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++; if (i > st) sp.Width = PercentSize(fmt[st..i], "width too big", true); }
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*') { sp.Precision = StarArg(NextArg()); i++; }
                else { int st = i; while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) i++; sp.Precision = i > st ? PercentSize(fmt[st..i], "precision too big", false) : 0; }
            }
            if (i >= fmt.Length) throw Err.Value("incomplete format");
            char type = fmt[i];
            if (type == '%') { sb.Append('%'); continue; }
            arg ??= NextArg();
            if (flags.Contains('-')) sp.Align = '<';
            else if (flags.Contains('0') && type is not ('s' or 'r' or 'a' or 'c')) { sp.Fill = '0'; sp.Align = '='; }
            if (flags.Contains('+')) sp.Sign = '+'; else if (flags.Contains(' ')) sp.Sign = ' ';
            sp.Alt = flags.Contains('#');
            string text;
            if (bytes && type is 's' or 'b' or 'r' or 'a' or 'c')
            {
                text = PercentBytesItem(type, arg);
                if (sp.Precision >= 0 && type is not 'c' && text.Length > sp.Precision) text = text[..sp.Precision];
                sb.Append(Align(text, "", sp, '>'));
                continue;
            }
            switch (type)
            {
                case 's': text = Ops.Str(arg); if (sp.Precision >= 0 && text.Length > sp.Precision) text = text[..sp.Precision]; sb.Append(Align(text, "", sp, '>')); continue;
                case 'r': text = Ops.Repr(arg); if (sp.Precision >= 0 && text.Length > sp.Precision) text = text[..sp.Precision]; sb.Append(Align(text, "", sp, '>')); continue;
                case 'a': sb.Append(Align(StrMethods.Ascii(Ops.Repr(arg)), "", sp, '>')); continue;
                case 'c':
                    if (arg is PyStr cs) text = cs.Length == 1 ? cs.Value : throw Err.Type("%c requires int or char");
                    else if (arg is PyInt || arg.Type.Lookup("__index__") is not null)
                    {
                        var ci = Ops.Index(arg);
                        if (!ci.IsSmall || ci.V < 0 || ci.V > 0x10FFFF) throw Err.Overflow("%c arg not in range(0x110000)");
                        text = char.ConvertFromUtf32((int)ci.V);
                    }
                    else throw Err.Type("%c requires int or char");
                    sb.Append(Align(text, "", sp, '>')); continue;
                case 'd' or 'i' or 'u':
                    {
                        if (arg is not PyInt && arg is not PyFloat && arg.Type.Lookup("__int__") is null && arg.Type.Lookup("__index__") is null)
                            throw Err.Type($"%{type} format: a real number is required, not {arg.Type.Name}");
                        var iv = arg is PyInt pi ? pi : arg is PyFloat pf ? (PyInt)NumberMethods.FloatToInt(pf.V) : Ops.Index(arg);
                        string digits = PyInt.Decimal(BigInteger.Abs(iv.AsBig));
                        if (sp.Precision > 0) digits = digits.PadLeft(sp.Precision, '0');
                        sb.Append(Align(digits, SignOf(iv.Sign < 0, sp), sp, '>'));
                        continue;
                    }
                case 'x' or 'X' or 'o':
                    {
                        var iv = arg is PyInt pi ? pi : arg.Type.Lookup("__index__") is not null ? Ops.Index(arg)
                            : throw Err.Type($"%{type} format: an integer is required, not {arg.Type.Name}");
                        string digits = ToBase(BigInteger.Abs(iv.AsBig), type == 'o' ? 8 : 16);
                        if (type == 'X') digits = digits.ToUpperInvariant();
                        if (sp.Precision > 0) digits = digits.PadLeft(sp.Precision, '0');
                        string prefix = sp.Alt ? (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") : "";
                        sb.Append(Align(digits, SignOf(iv.Sign < 0, sp) + prefix, sp, '>'));
                        continue;
                    }
                case 'f' or 'F' or 'e' or 'E' or 'g' or 'G':
                    {
                        if (arg is not PyInt && arg is not PyFloat && arg.Type.Lookup("__float__") is null)
                            throw Err.Type($"must be real number, not {arg.Type.Name}");
                        double d = NumberMethods.ToDouble(arg);
                        int prec = FloatPrecision(sp);
                        double ad = Math.Abs(d);
                        string body = type switch
                        {
                            'f' or 'F' => FloatFormat.Fixed(ad, prec),
                            'e' or 'E' => FloatFormat.Exponent(ad, prec, type == 'E'),
                            _ => FloatFormat.General(ad, prec, sp.Alt, type == 'G'),
                        };
                        if (type == 'F') body = body.ToUpperInvariant();
                        if (sp.Alt && type is 'f' or 'F' or 'e' or 'E' && !body.Contains('.') && double.IsFinite(d))
                        {
                            int ep = body.IndexOfAny(['e', 'E']);
                            body = ep < 0 ? body + "." : body[..ep] + "." + body[ep..];
                        }
                        sb.Append(Align(body, SignOf(double.IsNegative(d) && !double.IsNaN(d), sp), sp, '>'));
                        continue;
                    }
                default:
                    throw Err.Value($"unsupported format character '{type}' (0x{(int)type:x}) at index {i}");
            }
        }
        if (ai < items.Length && mapping is null) throw Err.Type("not all arguments converted during string formatting");
        return sb.ToString();
    }

    static string SignOf(bool neg, Spec sp) => neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";

    // ---- str.format ----

    /// <summary>str.format / str.format_map, parsed as CPython's MarkupIterator and FieldNameIterator parse.</summary>
    public static string StrFormat(string fmt, PyObject[] args, KwArgs? kw, PyObject? mapping = null)
    {
        var state = new FieldNumbering();
        return Render(fmt, args, kw, mapping, state, 2);
    }

    /// <summary>Automatic field numbering, shared with the nested fields of format specs.</summary>
    sealed class FieldNumbering
    {
        public int Next;
        public bool Auto, Manual;
    }

    static string Render(string fmt, PyObject[] args, KwArgs? kw, PyObject? mapping, FieldNumbering numbering, int depth)
    {
        if (depth <= 0) throw Err.Value("Max string recursion exceeded");
        var sb = new StringBuilder();
        int i = 0, n = fmt.Length;
        while (i < n)
        {
            char c = fmt[i++];
            if (c != '{' && c != '}') { sb.Append(c); continue; }
            bool atEnd = i >= n;
            if (c == '}')
            {
                if (atEnd || fmt[i] != '}') throw Err.Value("Single '}' encountered in format string");
                sb.Append('}'); i++; continue;
            }
            if (atEnd) throw Err.Value("Single '{' encountered in format string");
            if (fmt[i] == '{') { sb.Append('{'); i++; continue; }

            // The field name ends at '}', ':' or '!' (a '[' skips to its ']').
            int nameStart = i;
            char last = '\0';
            while (i < n)
            {
                last = fmt[i++];
                if (last == '{') throw Err.Value("unexpected '{' in field name");
                if (last == '[') { while (i < n && fmt[i] != ']') i++; continue; }
                if (last is '}' or ':' or '!') break;
            }
            if (last is not ('}' or ':' or '!')) throw Err.Value("expected '}' before end of string");
            string name = fmt[nameStart..(i - 1)];
            char conv = '\0';
            string spec = "";
            bool expand = false;
            if (last is '!' or ':')
            {
                bool closed = false;
                if (last == '!')
                {
                    if (i >= n) throw Err.Value("end of string while looking for conversion specifier");
                    conv = fmt[i++];
                    if (i < n)
                    {
                        char after = fmt[i++];
                        if (after == '}') closed = true;
                        else if (after != ':') throw Err.Value("expected ':' after conversion specifier");
                    }
                }
                if (!closed)
                {
                    int specStart = i, count = 1;
                    while (true)
                    {
                        if (i >= n) throw Err.Value("unmatched '{' in format spec");
                        char d = fmt[i++];
                        if (d == '{') { expand = true; count++; }
                        else if (d == '}' && --count == 0) break;
                    }
                    spec = fmt[specStart..(i - 1)];
                }
            }
            var value = FieldValue(name, args, kw, mapping, numbering);
            value = conv switch
            {
                'r' => new PyStr(Ops.Repr(value)),
                's' => new PyStr(Ops.Str(value)),
                'a' => new PyStr(StrMethods.Ascii(Ops.Repr(value))),
                '\0' => value,
                > ' ' and < '\x7f' => throw Err.Value($"Unknown conversion specifier {conv}"),
                _ => throw Err.Value($"Unknown conversion specifier \\x{(int)conv:x}"),
            };
            if (expand) spec = Render(spec, args, kw, mapping, numbering, depth - 1);
            sb.Append(Ops.Format(value, spec));
        }
        return sb.ToString();
    }

    /// <summary>The object a field name names: an argument by number (or the next one), a keyword, then
    /// `.attr` and `[key]` parts.</summary>
    static PyObject FieldValue(string field, PyObject[] args, KwArgs? kw, PyObject? mapping, FieldNumbering numbering)
    {
        int k = 0;
        while (k < field.Length && field[k] != '.' && field[k] != '[') k++;
        string first = field[..k];
        PyObject value;
        long index = DecimalIndex(first);
        if (first.Length == 0)
        {
            if (numbering.Manual) throw Err.Value("cannot switch from manual field specification to automatic field numbering");
            numbering.Auto = true;
            int auto = numbering.Next++;
            if (auto >= args.Length) throw Err.Index($"Replacement index {auto} out of range for positional args tuple");
            value = args[auto];
        }
        else if (index >= 0)
        {
            if (numbering.Auto) throw Err.Value("cannot switch from automatic field numbering to manual field specification");
            numbering.Manual = true;
            if (index >= args.Length) throw Err.Index($"Replacement index {index} out of range for positional args tuple");
            value = args[index];
        }
        else if (mapping is not null) value = Ops.GetItem(mapping, new PyStr(first));
        else
        {
            PyObject? v = null;
            if (kw is not null) foreach (var (name, x) in kw) if (name == first) v = x;
            value = v ?? throw Err.Key(new PyStr(first));
        }
        while (k < field.Length)
        {
            if (field[k] == '.')
            {
                int e = k + 1;
                while (e < field.Length && field[e] != '.' && field[e] != '[') e++;
                if (e == k + 1) throw Err.Value("Empty attribute in format string");
                value = Ops.GetAttr(value, field[(k + 1)..e]);
                k = e;
            }
            else
            {
                int e = field.IndexOf(']', k);
                if (e < 0) throw Err.Value("Missing ']' in format string");
                string key = field[(k + 1)..e];
                if (key.Length == 0) throw Err.Value("Empty attribute in format string");
                long ki = DecimalIndex(key);
                value = Ops.GetItem(value, ki >= 0 ? PyInt.From(ki) : new PyStr(key));
                k = e + 1;
                if (k < field.Length && field[k] is not ('.' or '['))
                    throw Err.Value("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    /// <summary>A field name part made only of ASCII digits, as a number; -1 otherwise.</summary>
    static long DecimalIndex(string s)
    {
        if (s.Length == 0) return -1;
        foreach (char ch in s) if (!char.IsAsciiDigit(ch)) return -1;
        return long.TryParse(s, out long v) && v <= int.MaxValue ? v : throw Err.Value("Too many decimal digits in format string");
    }
}

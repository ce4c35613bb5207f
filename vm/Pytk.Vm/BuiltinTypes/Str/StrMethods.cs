using System.Globalization;
using System.Text;

namespace Pytk.Vm.BuiltinTypes.Str;

/// <summary>The str type's methods.</summary>
public static class StrMethods
{
    /// <summary>By CPython's table (Pytk.Syntax): repr() escapes exactly the code points it calls non-printable.</summary>
    public static bool IsPrintable(int cp) => Pytk.Syntax.PyRepr.IsPrintable(cp);

    public static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < repr.Length; i++)
        {
            int cp = repr[i];
            if (char.IsHighSurrogate(repr[i]) && i + 1 < repr.Length) { cp = char.ConvertToUtf32(repr[i], repr[i + 1]); i++; }
            if (cp < 128) sb.Append((char)cp);
            else if (cp <= 0xff) sb.Append($"\\x{cp:x2}");
            else if (cp <= 0xffff) sb.Append($"\\u{cp:x4}");
            else sb.Append($"\\U{cp:x8}");
        }
        return sb.ToString();
    }

    static string S(PyObject o) => ((PyStr)o).Value;
    static PyStr P(string s) => new(s);

    public static bool IsSpace(int c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or 0x1c or 0x1d or 0x1e or 0x1f or 0x85
        || (c > 127 && char.IsWhiteSpace((char)c));

    /// <summary>Code point order (CPython's), not UTF-16 order: a surrogate pair sorts above U+E000..U+FFFF.</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length - b.Length;
        char x = a[i], y = b[i];
        static int Fix(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
        return x < 0xD800 && y < 0xD800 ? x - y : Fix(x) - Fix(y);
    }

    /// <summary>Length in code points (a surrogate pair counts once).</summary>
    public static int CpLen(string s)
    {
        int n = s.Length;
        foreach (char c in s) if (char.IsLowSurrogate(c)) n--;
        return n;
    }

    /// <summary>s.strip(): Python's whitespace (int() and float() strip the same way).</summary>
    public static string StripWhite(string s)
    {
        int i = 0, j = s.Length;
        while (i < j && IsSpace(s[i])) i++;
        while (j > i && IsSpace(s[j - 1])) j--;
        return s[i..j];
    }

    public static void Register()
    {
        var t = Types.Str;
        Def.Static(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            if (a.Length > 4) throw Err.Type($"str expected at most 3 arguments, got {a.Length - 1}");
            var obj = Def.Arg(a, kw, 1, "object");
            var enc = Def.Arg(a, kw, 2, "encoding");
            var errors = Def.Arg(a, kw, 3, "errors");
            string v;
            if (obj is null) v = "";
            else if (enc is not null || errors is not null)
            {
                var ob = Bytes.BytesText.BytesLike(obj) ?? throw Err.Type($"decoding to str: need a bytes-like object, {obj.Type.Name} found");
                v = Codecs.Decode(ob, enc is null ? "utf-8" : Def.Str(enc, "str() argument 'encoding'"),
                    errors is null ? "strict" : Def.Str(errors, "str() argument 'errors'"));
            }
            else v = Ops.Str(obj);
            return cls == Types.Str ? new PyStr(v) : new PyStr(cls, v);
        });
        Def.M0(t, "__repr__", o => P(PyRepr.Str(S(o))));
        Def.M0(t, "__str__", o => o.Type == Types.Str ? o : P(S(o)));
        Def.M0(t, "__len__", o => PyInt.From(((PyStr)o).Length));
        Def.M0(t, "__hash__", o => PyInt.From(((PyStr)o).Hash()));
        Def.M0(t, "__iter__", o => new StrIterator((PyStr)o));
        Def.M1(t, "__getitem__", (o, k) => GetItem((PyStr)o, k));
        Def.M1(t, "__contains__", (o, x) => x is PyStr xs ? Py.Bool(S(o).Contains(xs.Value, StringComparison.Ordinal))
            : throw Err.Type($"'in <string>' requires string as left operand, not {x.Type.Name}"));
        Def.M1(t, "__add__", (o, x) => x is PyStr xs ? P(S(o) + xs.Value) : throw Err.Type($"can only concatenate str (not \"{x.Type.Name}\") to str"));
        Def.M1(t, "__mul__", (o, n) => SeqMethods.IsIndex(n) ? P(Repeat(S(o), Limits.RepeatCount(n))) : Py.NotImplemented);
        Def.M1(t, "__rmul__", (o, n) => SeqMethods.IsIndex(n) ? P(Repeat(S(o), Limits.RepeatCount(n))) : Py.NotImplemented);
        Def.M1(t, "__mod__", (o, x) => P(Formatting.Percent(S(o), x)));
        Def.M1(t, "__format__", (o, spec) => Def.Str(spec, "format spec").Length == 0 ? P(Ops.Str(o)) : P(Formatting.FormatStr(S(o), Def.Str(spec, "format spec"))));
        foreach (CmpOp op in Enum.GetValues<CmpOp>())
        {
            var cop = op;
            Def.M1(t, CmpOpInfo.Slot[(int)op], (a, b) => b is PyStr bs
                ? Py.Bool(CmpOpInfo.FromOrder(CompareCodePoints(S(a), bs.Value), cop)) : Py.NotImplemented);
        }
        Def.M0(t, "upper", o => P(StrTables.Upper(S(o))));
        Def.M0(t, "lower", o => P(StrTables.Lower(S(o))));
        Def.M0(t, "casefold", o => P(StrTables.CaseFold(S(o))));
        Def.M0(t, "swapcase", o => P(StrTables.SwapCase(S(o))));
        Def.M0(t, "capitalize", o => P(StrTables.Capitalize(S(o))));
        Def.M0(t, "title", o => P(StrTables.Title(S(o))));
        Def.M0(t, "isdigit", o => Py.Bool(StrTables.All(S(o), StrTables.IsDigit)));
        Def.M0(t, "isdecimal", o => Py.Bool(StrTables.All(S(o), StrTables.IsDecimal)));
        Def.M0(t, "isnumeric", o => Py.Bool(StrTables.All(S(o), StrTables.IsNumeric)));
        Def.M0(t, "isalpha", o => Py.Bool(StrTables.All(S(o), StrTables.IsAlpha)));
        Def.M0(t, "isalnum", o => Py.Bool(StrTables.All(S(o), StrTables.IsAlnum)));
        Def.M0(t, "isspace", o => Py.Bool(S(o).Length > 0 && S(o).All(c => IsSpace(c))));
        Def.M0(t, "isascii", o => Py.Bool(S(o).All(c => c < 128)));
        Def.M0(t, "isprintable", o => Py.Bool(((PyStr)o).EnumerateCodePoints().All(IsPrintable)));
        Def.M0(t, "isupper", o => Py.Bool(StrTables.IsUpperStr(S(o))));
        Def.M0(t, "islower", o => Py.Bool(StrTables.IsLowerStr(S(o))));
        Def.M0(t, "istitle", o => Py.Bool(StrTables.IsTitleStr(S(o))));
        Def.M0(t, "isidentifier", o => Py.Bool(IsIdentifier(S(o))));
        Def.Method(t, "strip", (a, kw) => StripMethod(a, true, true));
        Def.Method(t, "lstrip", (a, kw) => StripMethod(a, true, false));
        Def.Method(t, "rstrip", (a, kw) => StripMethod(a, false, true));
        Def.Method(t, "split", (a, kw) => Split(S(a[0]), Def.Arg(a, kw, 1, "sep", Py.None)!, Def.Arg(a, kw, 2, "maxsplit", PyInt.From(-1))!, false));
        Def.Method(t, "rsplit", (a, kw) => Split(S(a[0]), Def.Arg(a, kw, 1, "sep", Py.None)!, Def.Arg(a, kw, 2, "maxsplit", PyInt.From(-1))!, true));
        Def.Method(t, "splitlines", (a, kw) => SplitLines(S(a[0]), Ops.Truth(Def.Arg(a, kw, 1, "keepends", Py.False)!)));
        Def.M1(t, "join", (o, it) => P(Join(S(o), it)));
        Def.Method(t, "replace", (a, kw) =>
        {
            Def.Count("replace", a, 3, 4);
            return P(Replace(S(a[0]), Def.Str(a[1], "replace() argument 1"), Def.Str(a[2], "replace() argument 2"), a.Length > 3 ? Limit(a[3]) : -1));
        });
        Def.Method(t, "startswith", (a, kw) => Py.Bool(Affix(a, true)));
        Def.Method(t, "endswith", (a, kw) => Py.Bool(Affix(a, false)));
        Def.Method(t, "find", (a, kw) => PyInt.From(Find("find", a, false)));
        Def.Method(t, "rfind", (a, kw) => PyInt.From(Find("rfind", a, true)));
        Def.Method(t, "index", (a, kw) => { int i = Find("index", a, false); return i < 0 ? throw Err.Value("substring not found") : PyInt.From(i); });
        Def.Method(t, "rindex", (a, kw) => { int i = Find("rindex", a, true); return i < 0 ? throw Err.Value("substring not found") : PyInt.From(i); });
        Def.Method(t, "count", (a, kw) =>
        {
            Args("count", a, 1, 3);
            var (s, start, end) = Range((PyStr)a[0], a, 2);
            string sub = Def.Str(a[1], "count() argument 1");
            if (start > end) return PyInt.From(0);
            if (sub.Length == 0) return PyInt.From(CpLen(s.Value[start..end]) + 1);
            return PyInt.From(StrSearch.Count(s.Value, sub, start, end));
        });
        Def.Method(t, "center", (a, kw) => P(Pad("center", a, 0)));
        Def.Method(t, "ljust", (a, kw) => P(Pad("ljust", a, -1)));
        Def.Method(t, "rjust", (a, kw) => P(Pad("rjust", a, 1)));
        Def.M1(t, "zfill", (o, w) =>
        {
            var s = S(o); long width = Limits.Ssize(w);
            if (s.Length >= width) return P(s);
            Limits.Chars(width);
            int sign = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
            return P(s[..sign] + new string('0', (int)width - s.Length) + s[sign..]);
        });
        Def.M1(t, "partition", (o, sep) =>
        {
            var s = S(o); var p = Def.Str(sep, "must be str");
            if (p.Length == 0) throw Err.Value("empty separator");
            int i = StrSearch.IndexOf(s, p);
            return i < 0 ? PyTuple.Of(P(s), P(""), P("")) : PyTuple.Of(P(s[..i]), P(p), P(s[(i + p.Length)..]));
        });
        Def.M1(t, "rpartition", (o, sep) =>
        {
            var s = S(o); var p = Def.Str(sep, "must be str");
            if (p.Length == 0) throw Err.Value("empty separator");
            int i = StrSearch.LastIndexOf(s, p, 0, s.Length);
            return i < 0 ? PyTuple.Of(P(""), P(""), P(s)) : PyTuple.Of(P(s[..i]), P(p), P(s[(i + p.Length)..]));
        });
        Def.M1(t, "removeprefix", (o, p) => { var s = S(o); var x = Def.Str(p, "removeprefix() argument"); return P(s.StartsWith(x, StringComparison.Ordinal) ? s[x.Length..] : s); });
        Def.M1(t, "removesuffix", (o, p) => { var s = S(o); var x = Def.Str(p, "removesuffix() argument"); return P(x.Length > 0 && s.EndsWith(x, StringComparison.Ordinal) ? s[..^x.Length] : s); });
        Def.Method(t, "format", (a, kw) => P(Formatting.StrFormat(S(a[0]), a[1..], kw)));
        Def.M1(t, "format_map", (o, m) => P(Formatting.StrFormat(S(o), [], null, m)));
        Def.Method(t, "encode", (a, kw) =>
        {
            var enc = Def.Arg(a, kw, 1, "encoding");
            var errors = Def.Arg(a, kw, 2, "errors");
            return new PyBytes(Codecs.Encode(S(a[0]), enc is null ? "utf-8" : Def.Str(enc, "encode() argument 'encoding'"),
                errors is null ? "strict" : Def.Str(errors, "encode() argument 'errors'")));
        });
        Def.Method(t, "expandtabs", (a, kw) =>
        {
            if (a.Length > 2) throw Err.Type($"expandtabs() takes at most 1 argument ({a.Length - 1} given)");
            int ts = a.Length > 1 ? Limits.CInt(a[1]) : 8;
            var sb = new StringBuilder(); long col = 0;
            foreach (char c in S(a[0]))
            {
                if (c == '\t') { int n = ts > 0 ? (int)(ts - col % ts) : 0; Limits.Chars(sb.Length + (long)n); sb.Append(' ', n); col += n; }
                else { sb.Append(c); col = c is '\n' or '\r' ? 0 : char.IsLowSurrogate(c) ? col : col + 1; }
            }
            return P(sb.ToString());
        });
        Def.Static(t, "maketrans", (a, kw) =>
        {
            Def.Count("maketrans", a, 1, 3);
            var d = new PyDict();
            if (a.Length == 1)
            {
                if (a[0] is not PyDict src) throw Err.Type("if you give only one argument to maketrans it must be a dict");
                foreach (var (k, v) in src.Items())
                {
                    if (k is PyStr ks)
                    {
                        if (ks.Length != 1) throw Err.Value("string keys in translate table must be of length 1");
                        d.Set(PyInt.From(ks.CodePointAt(0)), v);
                    }
                    else if (k is PyInt) d.Set(k, v);
                    else throw Err.Type("keys in translate table must be strings or integers");
                }
                return d;
            }
            var x = a[0] as PyStr ?? throw Err.Type($"maketrans() argument 1 must be str, not {a[0].Type.Name}");
            var y = a[1] as PyStr ?? throw Err.Type($"maketrans() argument 2 must be str, not {a[1].Type.Name}");
            if (x.Length != y.Length) throw Err.Value("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.Length; i++) d.Set(PyInt.From(x.CodePointAt(i)), PyInt.From(y.CodePointAt(i)));
            if (a.Length > 2)
            {
                var z = a[2] as PyStr ?? throw Err.Type($"maketrans() argument 3 must be str, not {a[2].Type.Name}");
                foreach (var c in z.EnumerateCodePoints()) d.Set(PyInt.From(c), Py.None);
            }
            return d;
        });
        Def.M1(t, "translate", (o, table) =>
        {
            var sb = new StringBuilder();
            foreach (var c in ((PyStr)o).EnumerateCodePoints())
            {
                PyObject? r;
                try { r = Ops.GetItem(table, PyInt.From(c)); }
                catch (PyException e) when (Err.Matches(e.Value, ExcTypes.LookupError)) { r = null; }
                if (r is null) PyStr.AppendCodePoint(sb, c);
                else if (r is PyStr rs) sb.Append(rs.Value);
                else if (r is PyInt ri)
                {
                    if (!ri.IsSmall || ri.V < 0 || ri.V > 0x10FFFF) throw Err.Value("character mapping must be in range(0x110000)");
                    PyStr.AppendCodePoint(sb, (int)ri.V);
                }
                else if (r is not PyNone) throw Err.Type("character mapping must return integer, None or str");
            }
            return P(sb.ToString());
        });
    }

    public static PyObject GetItem(PyStr s, PyObject k)
    {
        if (k is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(s.Length);
            if (step == 1) return P(s.Substring(start, count));
            var sb = new StringBuilder();
            for (int i = 0, j = start; i < count; i++, j += step) PyStr.AppendCodePoint(sb, s.CodePointAt(j));
            return P(sb.ToString());
        }
        if (k is not PyInt && k.Type.Lookup("__index__") is null) throw Err.Type($"string indices must be integers, not '{k.Type.Name}'");
        long idx = Ops.ItemIndex(k);
        if (idx < 0) idx += s.Length;
        if (idx < 0 || idx >= s.Length) throw Err.Index("string index out of range");
        return s.CharAt((int)idx);
    }

    static string Repeat(string s, long n)
    {
        if (n <= 0 || s.Length == 0) return "";
        var sb = new StringBuilder(Limits.RepeatLength(s.Length, n, Limits.MaxChars, "repeated string is too long"));
        for (long i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        // Other_ID_Start / Other_ID_Continue characters that the general categories miss.
        static bool OtherStart(char c) => c is '\u2118' or '\u212E' or '\u309B' or '\u309C' or '\u1885' or '\u1886';
        static bool OtherContinue(char c) => c is '\u00B7' or '\u0387' or '\u19DA' or (>= '\u1369' and <= '\u1371');
        bool first = true;
        foreach (int cp in PyStr.ToCodePoints(s))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
            char c = cp < 0x10000 ? (char)cp : '\0';
            bool start = cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber || cp == '_' || OtherStart(c);
            bool cont = start || OtherContinue(c) || cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
            if (first ? !start : !cont) return false;
            first = false;
        }
        return true;
    }

    /// <summary>str.strip/lstrip/rstrip: an exact str with nothing to strip is returned itself, as CPython does.</summary>
    static PyObject StripMethod(PyObject[] a, bool left, bool right)
    {
        string s = S(a[0]);
        var chars = a.Length > 1 ? a[1] : Py.None;
        if (chars is not (PyNone or PyStr)) throw Err.Type("strip arg must be None or str");
        string r = Strip(s, chars, left, right);
        return r.Length == s.Length && a[0].Type == Types.Str ? a[0] : P(r);
    }

    static string Strip(string s, PyObject chars, bool left, bool right)
    {
        Func<char, bool> strip = chars is PyNone ? c => IsSpace(c) : Def.Str(chars, "strip arg") is var cs ? c => cs.Contains(c) : null!;
        int i = 0, j = s.Length;
        if (left) while (i < j && strip(s[i])) i++;
        if (right) while (j > i && strip(s[j - 1])) j--;
        return s[i..j];
    }

    static PyObject Split(string s, PyObject sepObj, PyObject maxObj, bool fromRight)
    {
        int max = Limit(maxObj);
        var result = new List<PyObject>();
        if (sepObj is PyNone)
        {
            var parts = new List<string>();
            if (!fromRight)
            {
                int i = 0, n = s.Length;
                while (true)
                {
                    while (i < n && IsSpace(s[i])) i++;
                    if (i >= n) break;
                    if (max >= 0 && parts.Count == max) { parts.Add(s[i..]); break; }
                    int j = i;
                    while (j < n && !IsSpace(s[j])) j++;
                    parts.Add(s[i..j]);
                    i = j;
                }
            }
            else
            {
                int j = s.Length;
                while (true)
                {
                    while (j > 0 && IsSpace(s[j - 1])) j--;
                    if (j <= 0) break;
                    if (max >= 0 && parts.Count == max) { parts.Add(s[..j]); break; }
                    int i = j;
                    while (i > 0 && !IsSpace(s[i - 1])) i--;
                    parts.Add(s[i..j]);
                    j = i;
                }
                parts.Reverse();
            }
            return new PyList(parts.Select(p => (PyObject)P(p)));
        }
        string sep = sepObj as PyStr is { } sepStr ? sepStr.Value : throw Err.Type($"must be str or None, not {sepObj.Type.Name}");
        if (sep.Length == 0) throw Err.Value("empty separator");
        if (!fromRight)
        {
            int start = 0, count = 0;
            while (max < 0 || count < max)
            {
                int k = StrSearch.IndexOf(s, sep, start);
                if (k < 0) break;
                result.Add(P(s[start..k])); start = k + sep.Length; count++;
            }
            result.Add(P(s[start..]));
        }
        else
        {
            int end = s.Length, count = 0;
            while (max < 0 || count < max)
            {
                int k = StrSearch.LastIndexOf(s, sep, 0, end);
                if (k < 0) break;
                result.Add(P(s[(k + sep.Length)..end])); end = k; count++;
            }
            result.Add(P(s[..end]));
            result.Reverse();
        }
        return new PyList(result);
    }

    static PyObject SplitLines(string s, bool keep)
    {
        var result = new List<PyObject>();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && s[j] is not ('\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')) j++;
            int eol = j;
            if (j < s.Length) { j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1; }
            result.Add(P(keep ? s[i..j] : s[i..eol]));
            i = j;
        }
        return new PyList(result);
    }

    public static string Join(string sep, PyObject iterable)
    {
        // The length is summed first, so a result no string can hold is refused before anything is built.
        var items = Ops.ToList(iterable);
        long total = (long)sep.Length * Math.Max(0, items.Count - 1);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not PyStr xs) throw Err.Type($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += xs.Value.Length;
        }
        var sb = new StringBuilder(Limits.Chars(total));
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(((PyStr)items[i]).Value);
        }
        return sb.ToString();
    }

    static string Replace(string s, string old, string nu, int count)
    {
        if (count < 0 && old.Length == 0) return string.Join(nu, s.Select(c => c.ToString()).Prepend("").Append(""));
        if (count < 0) count = int.MaxValue;
        var sb = new StringBuilder();
        int start = 0, n = 0;
        while (n < count)
        {
            int k = old.Length == 0 ? (start <= s.Length ? start : -1) : StrSearch.IndexOf(s, old, start);
            if (k < 0) break;
            sb.Append(s, start, k - start).Append(nu);
            if (old.Length == 0) { if (k < s.Length) sb.Append(s[k]); start = k + 1; }
            else start = k + old.Length;
            n++;
        }
        if (start <= s.Length) sb.Append(s, start, s.Length - start);
        return sb.ToString();
    }

    static (PyStr S, int Start, int End) Range(PyStr s, PyObject[] a, int from)
    {
        long len = s.Length;
        long start = a.Length > from && a[from] is not PyNone ? Ops.IndexLongClamped(a[from]) : 0;
        long end = a.Length > from + 1 && a[from + 1] is not PyNone ? Ops.IndexLongClamped(a[from + 1]) : len;
        if (start < 0) start = Math.Max(0, start + len);
        if (end < 0) end = Math.Max(0, end + len);
        end = Math.Min(end, len);
        // A start past the end stays past it (an empty range), however far: 'aaa'.count('', 10) is 0.
        if (start > len) return (s, s.Value.Length + 1, s.Value.Length);
        return (s, s.Utf16Index((int)start), s.Utf16Index((int)end));
    }

    static bool Affix(PyObject[] a, bool prefix)
    {
        var (s, start, end) = Range((PyStr)a[0], a, 2);
        if (start > end) return false;
        var part = s.Value[start..end];
        if (a.Length < 2) throw Err.Type($"{(prefix ? "startswith" : "endswith")} expected at least 1 argument, got 0");
        IEnumerable<PyObject> options = a[1] is PyTuple t ? t.Items : [a[1]];
        foreach (var o in options)
        {
            if (o is not PyStr os) throw Err.Type($"{(prefix ? "startswith" : "endswith")} first arg must be str or a tuple of str, not {o.Type.Name}");
            if (prefix ? part.StartsWith(os.Value, StringComparison.Ordinal) : part.EndsWith(os.Value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    static int Find(string name, PyObject[] a, bool last)
    {
        Args(name, a, 1, 3);
        var (s, start, end) = Range((PyStr)a[0], a, 2);
        string sub = Def.Str(a[1], $"{name}() argument 1");
        if (start > end) return -1;
        int i = last ? StrSearch.LastIndexOf(s.Value, sub, start, end) : StrSearch.IndexOf(s.Value, sub, start, end);
        return s.CodePointIndex(i);
    }

    /// <summary>CPython's count check for a method taking MIN..MAX arguments after self (a[0]).</summary>
    static void Args(string name, PyObject[] a, int min, int max)
    {
        int n = a.Length - 1;
        if (n < min) throw Err.Type($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max) throw Err.Type($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>A Py_ssize_t count or maxsplit: negative means no limit (-1); anything beyond what a string can
    /// hold is as good as no limit for the search, so it is clamped rather than refused.</summary>
    public static int Limit(PyObject o)
    {
        long v = Limits.Ssize(o);
        return v < 0 ? -1 : (int)Math.Min(v, int.MaxValue);
    }

    static string Pad(string name, PyObject[] a, int align)
    {
        Args(name, a, 1, 2);
        var s = S(a[0]);
        long width = Limits.Ssize(a[1]);
        string fill = a.Length > 2 ? a[2] as PyStr is { } f ? f.Value : throw Err.Type($"The fill character must be a unicode character, not {a[2].Type.Name}") : " ";
        if (fill.Length != 1 && !(fill.Length == 2 && char.IsSurrogatePair(fill[0], fill[1])))
            throw Err.Type("The fill character must be exactly one character long");
        int len = ((PyStr)a[0]).Length;
        if (len >= width) return s;
        int total = Limits.Chars(width) - len;
        int left = align < 0 ? 0 : align > 0 ? total : total / 2 + (int)(total & width & 1);
        if (fill.Length == 1) return new string(fill[0], left) + s + new string(fill[0], total - left);
        Limits.Chars(2L * total + s.Length);
        return string.Concat(Enumerable.Repeat(fill, left)) + s + string.Concat(Enumerable.Repeat(fill, total - left));
    }
}

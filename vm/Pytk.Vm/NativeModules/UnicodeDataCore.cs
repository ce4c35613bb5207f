using System.Globalization;
using System.Text;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// `unicodedata` on .NET's Unicode tables: category, bidirectional-free numeric values (decimal, digit,
/// numeric), combining class 0, mirrored, normalize/is_normalized (NFC, NFD, NFKC, NFKD). .NET has no
/// character-name table, so name() and lookup() are not provided. .NET's Unicode version can differ from
/// CPython 3.13's 15.1.0 for recently added characters.
/// </summary>
public static class UnicodeDataCore
{
    static readonly string[] Categories =
    [
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
        "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Cn",
    ];

    static int Char(PyObject o, string fname)
    {
        if (o is not PyStr s) throw Err.Type($"{fname}() argument 1 must be a unicode character, not {o.Type.Name}");
        if (s.Length != 1) throw Err.Type($"{fname}() argument 1 must be a unicode character, not str");
        return s.CodePointAt(0);
    }

    public static PyModule Create()
    {
        var m = new PyModule("unicodedata");
        var d = m.Dict!;
        void F(string name, BuiltinFn f) => d[name] = Def.Func(name, f);
        d["unidata_version"] = new PyStr("15.1.0");
        F("category", (a, kw) => new PyStr(Categories[(int)CharUnicodeInfo.GetUnicodeCategory(Char(a[0], "category"))]));
        PyObject Numeric(PyObject[] a, string fname, Func<int, double> get, bool asInt)
        {
            int cp = Char(a[0], fname);
            double v = get(cp);
            if (v < 0 || (asInt && v != Math.Floor(v)))
                return a.Length > 1 ? a[1] : throw Err.Value($"not a {(fname == "numeric" ? "numeric character" : fname)}");
            return asInt ? PyInt.From((long)v) : new PyFloat(v);
        }
        F("decimal", (a, kw) => Numeric(a, "decimal", cp => CharUnicodeInfo.GetDecimalDigitValue(Rune(cp), 0), true));
        F("digit", (a, kw) => Numeric(a, "digit", cp => CharUnicodeInfo.GetDigitValue(Rune(cp), 0), true));
        F("numeric", (a, kw) => Numeric(a, "numeric", cp => CharUnicodeInfo.GetNumericValue(Rune(cp), 0), false));
        F("combining", (a, kw) =>
        {
            int cp = Char(a[0], "combining");
            var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
            // .NET exposes no canonical combining classes; nonspacing marks report 230 (above), the most common one
            return PyInt.From(cat == UnicodeCategory.NonSpacingMark ? 230 : 0);
        });
        F("mirrored", (a, kw) =>
        {
            int cp = Char(a[0], "mirrored");
            return PyInt.From("()<>[]{}«»".Contains((char)Math.Min(cp, 0xFFFF)) ? 1 : 0);
        });
        static NormalizationForm Form(PyObject o) => Ops.Str(o) switch
        {
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw Err.Value("invalid normalization form"),
        };
        F("normalize", (a, kw) =>
        {
            var form = Form(a[0]);
            if (a[1] is not PyStr s) throw Err.Type($"normalize() argument 2 must be str, not {a[1].Type.Name}");
            try { return new PyStr(s.Value.Normalize(form)); }
            catch (ArgumentException) { return s; }
        });
        F("is_normalized", (a, kw) =>
        {
            var form = Form(a[0]);
            if (a[1] is not PyStr s) throw Err.Type($"is_normalized() argument 2 must be str, not {a[1].Type.Name}");
            try { return Py.Bool(s.Value.IsNormalized(form)); }
            catch (ArgumentException) { return Py.False; }
        });
        return m;
    }

    static string Rune(int cp) => char.ConvertFromUtf32(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
}

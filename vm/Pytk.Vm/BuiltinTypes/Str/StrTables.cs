using System.Globalization;
using System.Text;

namespace Pytk.Vm.BuiltinTypes.Str;

/// <summary>
/// str's Unicode-dependent methods by CPython's tables (BuiltinTypes/Str/StrTables.g.cs): case conversion with the
/// full (expanding) mappings and final sigma, and the is* predicates. .NET supplies only the simple one-to-one
/// case mappings, which agree with CPython's for every code point not in the special tables.
/// </summary>
public static partial class StrTables
{
    // Field initializers of partial classes run in an unspecified file order, so the maps are built on first use.
    static Dictionary<int, string>? upperMap, lowerMap, titleMap, foldMap;
    static Dictionary<int, string> upper => upperMap ??= UpperSpecial.ToDictionary(p => p.Item1, p => p.Item2);
    static Dictionary<int, string> lower => lowerMap ??= LowerSpecial.ToDictionary(p => p.Item1, p => p.Item2);
    static Dictionary<int, string> title => titleMap ??= TitleSpecial.ToDictionary(p => p.Item1, p => p.Item2);
    static Dictionary<int, string> fold => foldMap ??= FoldSpecial.ToDictionary(p => p.Item1, p => p.Item2);

    static bool In(int[] ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static bool IsDecimal(int cp) => cp < 128 ? cp is >= '0' and <= '9' : In(DecimalRanges, cp);
    public static bool IsDigit(int cp) => cp < 128 ? cp is >= '0' and <= '9' : In(DigitRanges, cp);
    public static bool IsNumeric(int cp) => cp < 128 ? cp is >= '0' and <= '9' : In(NumericRanges, cp);
    public static bool IsAlpha(int cp) => cp < 128 ? char.IsAsciiLetter((char)cp) : In(AlphaRanges, cp);
    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsNumeric(cp);
    public static bool IsUpper(int cp) => cp < 128 ? cp is >= 'A' and <= 'Z' : In(UpperRanges, cp);
    public static bool IsLower(int cp) => cp < 128 ? cp is >= 'a' and <= 'z' : In(LowerRanges, cp);
    public static bool IsTitle(int cp) => cp >= 128 && In(TitleRanges, cp);
    public static bool IsCased(int cp) => IsUpper(cp) || IsLower(cp) || IsTitle(cp);

    /// <summary>Approximates Unicode's Case_Ignorable (for the final-sigma rule): marks, format, modifiers, apostrophes.</summary>
    static bool IsCaseIgnorable(int cp) =>
        cp is '\'' or '.' or ':' or '^' or '`' or 0xB7 or 0x2019 || CharUnicodeInfo.GetUnicodeCategory(cp) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    static string SimpleUpper(int cp) => cp < 0x10000 ? char.ToUpperInvariant((char)cp).ToString() : char.ConvertFromUtf32(cp).ToUpperInvariant();
    static string SimpleLower(int cp) => cp < 0x10000 ? char.ToLowerInvariant((char)cp).ToString() : char.ConvertFromUtf32(cp).ToLowerInvariant();

    public static string UpperOf(int cp) => upper.TryGetValue(cp, out var s) ? s : SimpleUpper(cp);
    public static string TitleOf(int cp) => title.TryGetValue(cp, out var s) ? s : UpperOf(cp);

    static string LowerAt(int[] cps, int i)
    {
        int cp = cps[i];
        if (cp == 0x3A3) return FinalSigma(cps, i) ? "\u03C2" : "\u03C3";
        return lower.TryGetValue(cp, out var s) ? s : SimpleLower(cp);
    }

    static bool FinalSigma(int[] cps, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(cps[j])) j--;
        if (j < 0 || !IsCased(cps[j])) return false;
        j = i + 1;
        while (j < cps.Length && IsCaseIgnorable(cps[j])) j++;
        return j == cps.Length || !IsCased(cps[j]);
    }

    static bool IsAscii(string s)
    {
        foreach (char c in s) if (c >= 128) return false;
        return true;
    }

    public static string Upper(string s)
    {
        if (IsAscii(s)) return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (int cp in PyStr.ToCodePoints(s)) sb.Append(UpperOf(cp));
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        if (IsAscii(s)) return s.ToLowerInvariant();
        var cps = PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++) sb.Append(LowerAt(cps, i));
        return sb.ToString();
    }

    public static string CaseFold(string s)
    {
        if (IsAscii(s)) return s.ToLowerInvariant();
        var cps = PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
            sb.Append(fold.TryGetValue(cps[i], out var f) ? f : lower.TryGetValue(cps[i], out var l) ? l : SimpleLower(cps[i]));
        return sb.ToString();
    }

    public static string SwapCase(string s)
    {
        var cps = PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (IsUpper(cp)) sb.Append(LowerAt(cps, i));
            else if (IsLower(cp)) sb.Append(UpperOf(cp));
            else PyStr.AppendCodePoint(sb, cp);
        }
        return sb.ToString();
    }

    public static string Capitalize(string s)
    {
        var cps = PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++) sb.Append(i == 0 ? TitleOf(cps[0]) : LowerAt(cps, i));
        return sb.ToString();
    }

    public static string Title(string s)
    {
        var cps = PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            sb.Append(prevCased ? LowerAt(cps, i) : TitleOf(cp));
            prevCased = IsCased(cp);
        }
        return sb.ToString();
    }

    public static bool IsTitleStr(string s)
    {
        bool cased = false, prevCased = false;
        foreach (int cp in PyStr.ToCodePoints(s))
        {
            if (IsUpper(cp) || IsTitle(cp)) { if (prevCased) return false; prevCased = cased = true; }
            else if (IsLower(cp)) { if (!prevCased) return false; prevCased = cased = true; }
            else prevCased = false;
        }
        return cased;
    }

    public static bool IsUpperStr(string s)
    {
        bool cased = false;
        foreach (int cp in PyStr.ToCodePoints(s))
        {
            if (IsLower(cp) || IsTitle(cp)) return false;
            if (IsUpper(cp)) cased = true;
        }
        return cased;
    }

    public static bool IsLowerStr(string s)
    {
        bool cased = false;
        foreach (int cp in PyStr.ToCodePoints(s))
        {
            if (IsUpper(cp) || IsTitle(cp)) return false;
            if (IsLower(cp)) cased = true;
        }
        return cased;
    }

    public static bool All(string s, Func<int, bool> pred)
    {
        if (s.Length == 0) return false;
        foreach (int cp in PyStr.ToCodePoints(s)) if (!pred(cp)) return false;
        return true;
    }
}

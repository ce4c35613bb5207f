namespace Pytk.Syntax;

/// <summary>CPython 3.13's Unicode data where pytk needs it to agree byte for byte (repr of str).</summary>
internal static partial class UnicodeTables
{
    /// <summary><c>str.isprintable()</c> of one code point, by CPython's tables.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
        int lo = 0, hi = NonPrintable.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < NonPrintable[2 * mid]) hi = mid - 1;
            else if (cp > NonPrintable[2 * mid + 1]) lo = mid + 1;
            else return false;
        }
        return true;
    }
}

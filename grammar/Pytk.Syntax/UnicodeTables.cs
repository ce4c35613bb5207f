namespace Pytk.Syntax;

/// <summary>
/// Where .NET's Unicode data differs from CPython 3.13's (Unicode 15.1): code points that .NET assigns but
/// CPython does not know yet. Filled from conformance/unicode_diff.py; empty means no known difference.
/// </summary>
internal static class UnicodeTables
{
    public static bool IsUnassignedInPython(int cp) => false;
}

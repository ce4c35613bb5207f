namespace Pytk.Vm.BuiltinTypes.Str;

/// <summary>
/// Substring search in linear time. .NET's ordinal IndexOf is vectorized and fast on ordinary text, but it checks
/// each candidate position in full, so a long needle that nearly matches everywhere (CPython's test_adaptive_find:
/// 'a'*N + 'b'*N ... in 5 N characters) costs n·m. Short needles keep .NET's search (at most n·Short steps);
/// longer ones in a long haystack go through Knuth–Morris–Pratt, O(n + m) whatever the input. Every str method
/// that searches (find/index/count/replace/split/partition and their right-hand forms) goes through here, and
/// bytes methods reach it through str.
/// </summary>
static class StrSearch
{
    const int Short = 32, SmallHaystack = 2048;

    /// <summary>First index of <paramref name="needle"/> in s[start..end), or -1.</summary>
    public static int IndexOf(string s, string needle, int start, int end)
    {
        if (start < 0) start = 0;
        if (end > s.Length) end = s.Length;
        if (end - start < needle.Length) return -1;
        var hay = s.AsSpan(start, end - start);
        int i = needle.Length <= Short || hay.Length <= SmallHaystack ? hay.IndexOf(needle.AsSpan()) : Kmp(hay, needle.AsSpan());
        return i < 0 ? -1 : i + start;
    }

    public static int IndexOf(string s, string needle, int start = 0) => IndexOf(s, needle, start, s.Length);

    /// <summary>Last index of <paramref name="needle"/> wholly inside s[start..end), or -1.</summary>
    public static int LastIndexOf(string s, string needle, int start, int end)
    {
        if (start < 0) start = 0;
        if (end > s.Length) end = s.Length;
        if (end - start < needle.Length) return -1;
        if (needle.Length == 0) return end;
        var hay = s.AsSpan(start, end - start);
        int i = needle.Length <= Short || hay.Length <= SmallHaystack ? hay.LastIndexOf(needle.AsSpan()) : KmpLast(hay, needle.AsSpan());
        return i < 0 ? -1 : i + start;
    }

    /// <summary>Non-overlapping occurrences in s[start..end), at most <paramref name="max"/> when it is not negative.</summary>
    public static int Count(string s, string needle, int start, int end, int max = -1)
    {
        int n = 0;
        while (max < 0 || n < max)
        {
            int k = IndexOf(s, needle, start, end);
            if (k < 0) break;
            n++; start = k + needle.Length;
        }
        return n;
    }

    static int Kmp(ReadOnlySpan<char> hay, ReadOnlySpan<char> needle)
    {
        int m = needle.Length;
        // fail[i]: length of the longest proper border of needle[..(i + 1)]
        var fail = new int[m];
        for (int i = 1, k = 0; i < m; i++)
        {
            while (k > 0 && needle[i] != needle[k]) k = fail[k - 1];
            if (needle[i] == needle[k]) k++;
            fail[i] = k;
        }
        for (int i = 0, q = 0; i < hay.Length; i++)
        {
            while (q > 0 && hay[i] != needle[q]) q = fail[q - 1];
            if (hay[i] == needle[q]) q++;
            if (q == m) return i - m + 1;
        }
        return -1;
    }

    /// <summary>KMP run backwards: the needle read from its end against the haystack read from its end.</summary>
    static int KmpLast(ReadOnlySpan<char> hay, ReadOnlySpan<char> needle)
    {
        int m = needle.Length, n = hay.Length;
        var fail = new int[m];
        for (int i = 1, k = 0; i < m; i++)
        {
            while (k > 0 && needle[m - 1 - i] != needle[m - 1 - k]) k = fail[k - 1];
            if (needle[m - 1 - i] == needle[m - 1 - k]) k++;
            fail[i] = k;
        }
        for (int i = 0, q = 0; i < n; i++)
        {
            char c = hay[n - 1 - i];
            while (q > 0 && c != needle[m - 1 - q]) q = fail[q - 1];
            if (c == needle[m - 1 - q]) q++;
            if (q == m) return n - 1 - i;
        }
        return -1;
    }
}

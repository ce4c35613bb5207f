namespace Pytk.Vm.NativeModules;

/// <summary>The local time zone as the C library on Linux (glibc) sees it, which is what CPython's time and datetime
/// modules report: TZ unset reads /etc/localtime, TZ="" is UTC, TZ=":name" or "name" reads the compiled zone file
/// $TZDIR/name (default /usr/share/zoneinfo; TZif: transitions, then the POSIX rule of its footer from the last
/// transition on), and a TZ that names no file is read as a POSIX rule ("EST+05EDT,M3.2.0,M11.1.0"). time.tzset()
/// loads a new one; like the C library's, the zone is one per process.</summary>
public sealed class LocalZone
{
    /// <summary>A kind of local time: its offset from UTC in seconds east, whether it is daylight saving time, its
    /// abbreviation.</summary>
    public readonly record struct Kind(int Offset, bool IsDst, string Abbr);

    readonly long[] transitions;      // UTC seconds, ascending
    readonly int[] kindAfter;         // the kind in effect from transitions[i] on
    readonly Kind[] kinds;
    readonly PosixRule? rule;         // from the last transition on (or everywhere, for a TZ string)

    LocalZone(long[] transitions, int[] kindAfter, Kind[] kinds, PosixRule? rule)
    {
        this.transitions = transitions; this.kindAfter = kindAfter; this.kinds = kinds; this.rule = rule;
    }

    static readonly LocalZone Utc = new([], [], [new Kind(0, false, "UTC")], null);
    static LocalZone? current;

    /// <summary>The zone time.tzset() loaded last (loaded from TZ on first use).</summary>
    public static LocalZone Current => current ??= Load(Environment.GetEnvironmentVariable("TZ"));

    /// <summary>time.tzset(): reads TZ again.</summary>
    public static void Reset() => current = Load(Environment.GetEnvironmentVariable("TZ"));

    public static LocalZone Load(string? tz)
    {
        if (tz is null) return ReadFile("/etc/localtime") ?? Utc;
        if (tz.Length == 0) tz = "Universal";
        if (tz[0] == ':') tz = tz[1..];
        if (tz.Length > 0)
        {
            string dir = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } d ? d : "/usr/share/zoneinfo";
            if (ReadFile(tz[0] == '/' ? tz : Path.Combine(dir, tz)) is { } z) return z;
            if (tz == "Universal") return Utc;
        }
        var r = PosixRule.Parse(tz);
        return new LocalZone([], [], [r.Std], r.HasDst ? r : null);
    }

    /// <summary>A TZif file (RFC 8536): the 64-bit data of version 2 and later, else the 32-bit data of version 1;
    /// null when the file is missing or not TZif.</summary>
    static LocalZone? ReadFile(string path)
    {
        byte[] b;
        try
        {
            if (!File.Exists(path)) return null;
            b = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
        try { return ParseTzif(b); }
        catch (IndexOutOfRangeException) { return null; }
        catch (ArgumentException) { return null; }
    }

    static int Be32(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
    static long Be64(byte[] b, int at) => ((long)Be32(b, at) << 32) | (uint)Be32(b, at + 4);

    static LocalZone? ParseTzif(byte[] b)
    {
        if (b.Length < 44 || b[0] != 'T' || b[1] != 'Z' || b[2] != 'i' || b[3] != 'f') return null;
        int pos = 0, timeSize = 4;
        if (b[4] >= '2')
        {
            // skip the version 1 block to the second header
            pos = 44 + BlockLength(b, 0, 4);
            if (b.Length < pos + 44 || b[pos] != 'T') return null;
            timeSize = 8;
        }
        int isut = Be32(b, pos + 20), isstd = Be32(b, pos + 24), leap = Be32(b, pos + 28);
        int timecnt = Be32(b, pos + 32), typecnt = Be32(b, pos + 36), charcnt = Be32(b, pos + 40);
        if (typecnt == 0) return null;
        int p = pos + 44;
        var trans = new long[timecnt];
        for (int i = 0; i < timecnt; i++, p += timeSize) trans[i] = timeSize == 8 ? Be64(b, p) : Be32(b, p);
        var after = new int[timecnt];
        for (int i = 0; i < timecnt; i++) after[i] = Math.Min(b[p++], typecnt - 1);
        int typesAt = p, charsAt = p + typecnt * 6;
        var kinds = new Kind[typecnt];
        for (int i = 0; i < typecnt; i++)
        {
            int at = typesAt + i * 6;
            int start = charsAt + b[at + 5], end = start;
            while (end < charsAt + charcnt && b[end] != 0) end++;
            kinds[i] = new Kind(Be32(b, at), b[at + 4] != 0, System.Text.Encoding.ASCII.GetString(b, start, end - start));
        }
        p = charsAt + charcnt + leap * (timeSize + 4) + isstd + isut;
        PosixRule? rule = null;
        if (timeSize == 8 && p < b.Length && b[p] == '\n')
        {
            int end = Array.IndexOf(b, (byte)'\n', p + 1);
            if (end > p + 1)
            {
                var r = PosixRule.Parse(System.Text.Encoding.ASCII.GetString(b, p + 1, end - p - 1));
                if (r.Std.Abbr.Length > 0) rule = r;
            }
        }
        return new LocalZone(trans, after, kinds, rule);
    }

    static int BlockLength(byte[] b, int header, int timeSize)
    {
        int isut = Be32(b, header + 20), isstd = Be32(b, header + 24), leap = Be32(b, header + 28);
        int timecnt = Be32(b, header + 32), typecnt = Be32(b, header + 36), charcnt = Be32(b, header + 40);
        return timecnt * (timeSize + 1) + typecnt * 6 + charcnt + leap * (timeSize + 4) + isstd + isut;
    }

    /// <summary>The kind of local time at UTC second t.</summary>
    public Kind At(long t)
    {
        int n = transitions.Length;
        if (n == 0 || t < transitions[0])
        {
            if (n == 0 && rule is not null) return rule.At(t);
            // before the first transition: the first standard-time kind
            foreach (var k in kinds) if (!k.IsDst) return k;
            return kinds[0];
        }
        if (t >= transitions[n - 1])
            return rule is not null ? rule.At(t) : kinds[kindAfter[n - 1]];
        int lo = 0, hi = n - 1;   // transitions[lo] <= t < transitions[hi]
        while (hi - lo > 1)
        {
            int mid = (lo + hi) >>> 1;
            if (transitions[mid] <= t) lo = mid; else hi = mid;
        }
        return kinds[kindAfter[lo]];
    }

    /// <summary>The offset of the kind of local time nearest to UTC second t that is (or is not) daylight saving
    /// time, within about 17 years as the C library's mktime looks; null when there is none.</summary>
    int? NearestOffset(long t, bool dst)
    {
        const long Bound = 536454000;
        if (rule is not null && (transitions.Length == 0 || t >= transitions[^1]))
            return dst ? (rule.HasDst ? rule.Dst.Offset : null) : rule.Std.Offset;
        int n = transitions.Length, i = 0;
        while (i < n && transitions[i] <= t) i++;
        long best = long.MaxValue;
        int? found = null;
        for (int j = i - 1; j >= 0 && t - transitions[j] <= Bound; j--)
            if (kinds[kindAfter[j]].IsDst == dst) { best = t - transitions[j]; found = kinds[kindAfter[j]].Offset; break; }
        for (int j = i; j < n && transitions[j] - t <= Bound && transitions[j] - t < best; j++)
            if (kinds[kindAfter[j]].IsDst == dst) { found = kinds[kindAfter[j]].Offset; break; }
        if (found is null && i == 0)
            foreach (var k in kinds) if (k.IsDst == dst) return k.Offset;
        return found;
    }

    /// <summary>mktime(): the UTC second of local second (seconds since the epoch as if local time were UTC) l.
    /// isdst &lt; 0 lets the zone decide: of two readings (a fold) the standard time one, in a gap the offset from
    /// before it; isdst 0 or 1 picks the reading with that flag, else applies the nearest offset with it.</summary>
    public long FromLocal(long l, int isdst)
    {
        var seen = new List<Kind>(6);
        void Add(Kind k) { if (!seen.Contains(k)) seen.Add(k); }
        Add(At(l));
        Add(At(l - 90000));
        Add(At(l + 90000));
        for (int i = 0; i < seen.Count && i < 6; i++) Add(At(l - seen[i].Offset));
        long? best = null;
        bool bestDst = false;
        foreach (var o in seen.Select(k => k.Offset).Distinct())
        {
            long u = l - o;
            var k = At(u);
            if (k.Offset != o) continue;
            bool better = best is null
                || (isdst < 0 ? (bestDst && !k.IsDst) || (bestDst == k.IsDst && u > best)
                              : (bestDst != (isdst > 0) && k.IsDst == (isdst > 0)) || (bestDst == k.IsDst && u > best));
            if (better) { best = u; bestDst = k.IsDst; }
        }
        long result;
        bool resultDst;
        if (best is not null && isdst < 0 && Settle(l) is { } settled)
        {
            // a fold: the C library's mktime starts from the offset of its previous result and keeps the reading
            // it settles on
            result = settled;
            resultDst = At(settled).IsDst;
        }
        else if (best is { } b) { result = b; resultDst = bestDst; }
        else
        {
            // a gap: the offset from before it (the smallest), whose reading is the latest, unless isdst asks
            // for the other one
            var wanted = seen.Where(k => isdst < 0 || k.IsDst == (isdst > 0)).ToList();
            int before = (wanted.Count > 0 ? wanted : seen).Min(k => k.Offset);
            result = l - before;
            resultDst = isdst >= 0 && wanted.Count > 0 ? isdst > 0 : At(result).IsDst;
        }
        if (isdst >= 0 && resultDst != (isdst > 0))
        {
            if (NearestOffset(result, isdst > 0) is { } o) result = l - o;
            else result += (resultDst ? 1 : 0) * 3600 - (isdst > 0 ? 1 : 0) * 3600;
        }
        mktimeHint = l - result;
        return result;
    }

    /// <summary>glibc's mktime remembers the offset of its last result (one per process) and starts from it.</summary>
    static long mktimeHint;

    long? Settle(long l)
    {
        long t = l - mktimeHint;
        for (int i = 0; i < 8; i++)
        {
            long next = l - At(t).Offset;
            if (next == t) return t;
            t = next;
        }
        return null;
    }

    /// <summary>Days since 1970-01-01 to a proleptic Gregorian (year, month, day).</summary>
    public static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;   // days from 0000-03-01
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
    }

    /// <summary>A proleptic Gregorian date (month 1-12) to days since 1970-01-01.</summary>
    public static long DaysFromCivil(long y, int m, int d)
    {
        if (m <= 2) y--;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    }

    public static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    /// <summary>A POSIX TZ rule: "std offset [dst [offset] [,start[/time],end[/time]]]".</summary>
    sealed class PosixRule
    {
        public Kind Std, Dst;
        public bool HasDst;
        // a date: 'J' (1-365, February 29 never counted), 'N' (0-365), 'M' (month, week 1-5, weekday 0-6 from Sunday)
        (char Type, int A, int B, int C) start = ('M', 3, 2, 0), end = ('M', 11, 1, 0);
        int startTime = 7200, endTime = 7200;

        public static PosixRule Parse(string s)
        {
            var r = new PosixRule { Std = new Kind(0, false, "") };
            int i = 0;
            if (!Name(s, ref i, out var std)) return r;
            r.Std = new Kind(0, false, std);
            if (!Offset(s, ref i, 24, out var west)) return r;
            r.Std = new Kind(-west, false, std);
            if (!Name(s, ref i, out var dst)) return r;
            int dstOff = -west + 3600;
            if (i < s.Length && s[i] != ',' && Offset(s, ref i, 24, out var dwest)) dstOff = -dwest;
            r.Dst = new Kind(dstOff, true, dst);
            r.HasDst = true;
            if (i < s.Length && s[i] == ',')
            {
                i++;
                if (!DateRule(s, ref i, out r.start, out r.startTime)) return r;
                if (i >= s.Length || s[i] != ',') return r;
                i++;
                DateRule(s, ref i, out r.end, out r.endTime);
            }
            return r;
        }

        static bool Name(string s, ref int i, out string name)
        {
            int j = i;
            if (j < s.Length && s[j] == '<')
            {
                int k = j + 1;
                while (k < s.Length && (char.IsAsciiLetterOrDigit(s[k]) || s[k] == '+' || s[k] == '-')) k++;
                if (k >= s.Length || s[k] != '>' || k - j - 1 < 3) { name = ""; return false; }
                name = s[(j + 1)..k];
                i = k + 1;
                return true;
            }
            while (j < s.Length && char.IsAsciiLetter(s[j])) j++;
            if (j - i < 3) { name = ""; return false; }
            name = s[i..j];
            i = j;
            return true;
        }

        /// <summary>[+-]hh[:mm[:ss]] in seconds (hours up to maxHours).</summary>
        static bool Offset(string s, ref int i, int maxHours, out int secs)
        {
            secs = 0;
            int j = i, sign = 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) { if (s[j] == '-') sign = -1; j++; }
            if (j >= s.Length || !char.IsAsciiDigit(s[j])) return false;
            int[] parts = [0, 0, 0];
            for (int p = 0; p < 3; p++)
            {
                if (p > 0) { if (j + 1 < s.Length && s[j] == ':' && char.IsAsciiDigit(s[j + 1])) j++; else break; }
                int v = 0, digits = 0;
                while (j < s.Length && char.IsAsciiDigit(s[j]) && digits < 3) { v = v * 10 + (s[j] - '0'); j++; digits++; }
                parts[p] = v;
            }
            if (parts[0] > maxHours) return false;
            secs = sign * (parts[0] * 3600 + Math.Min(parts[1], 59) * 60 + Math.Min(parts[2], 59));
            i = j;
            return true;
        }

        static bool DateRule(string s, ref int i, out (char, int, int, int) date, out int time)
        {
            date = ('M', 3, 2, 0);
            time = 7200;
            int j = i;
            if (j < s.Length && s[j] == 'J')
            {
                j++;
                if (!Number(s, ref j, out var n) || n < 1 || n > 365) return false;
                date = ('J', n, 0, 0);
            }
            else if (j < s.Length && s[j] == 'M')
            {
                j++;
                if (!Number(s, ref j, out var m) || m < 1 || m > 12 || j >= s.Length || s[j++] != '.'
                    || !Number(s, ref j, out var w) || w < 1 || w > 5 || j >= s.Length || s[j++] != '.'
                    || !Number(s, ref j, out var d) || d > 6)
                    return false;
                date = ('M', m, w, d);
            }
            else
            {
                if (!Number(s, ref j, out var n) || n > 365) return false;
                date = ('N', n, 0, 0);
            }
            if (j < s.Length && s[j] == '/')
            {
                j++;
                if (!Offset(s, ref j, 167, out time)) return false;
            }
            i = j;
            return true;
        }

        static bool Number(string s, ref int j, out int n)
        {
            n = 0;
            int start = j;
            while (j < s.Length && char.IsAsciiDigit(s[j]) && j - start < 4) n = n * 10 + (s[j++] - '0');
            return j > start;
        }

        /// <summary>Days since the epoch of a rule date in year y.</summary>
        static long Day(long y, (char Type, int A, int B, int C) date)
        {
            long jan1 = DaysFromCivil(y, 1, 1);
            switch (date.Type)
            {
                case 'J': return jan1 + date.A - 1 + (IsLeap(y) && date.A >= 60 ? 1 : 0);
                case 'N': return jan1 + date.A;
                default:
                    long first = DaysFromCivil(y, date.A, 1);
                    int firstWday = (int)(((first + 4) % 7 + 7) % 7);   // Sunday 0 (1970-01-01 was a Thursday)
                    long day = first + (date.C - firstWday + 7) % 7 + (date.B - 1) * 7;
                    int len = date.A == 2 ? (IsLeap(y) ? 29 : 28) : date.A is 4 or 6 or 9 or 11 ? 30 : 31;
                    while (day >= first + len) day -= 7;
                    return day;
            }
        }

        public Kind At(long t)
        {
            if (!HasDst) return Std;
            long days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
            // the C library computes the rule's dates of years before 1970 as 1970's
            long y = Math.Max(CivilFromDays(days).Year, 1970);
            long begin = Day(y, start) * 86400 + startTime - Std.Offset;
            long finish = Day(y, end) * 86400 + endTime - Dst.Offset;
            bool dst = begin > finish ? t < finish || t >= begin : t >= begin && t < finish;
            return dst ? Dst : Std;
        }
    }
}

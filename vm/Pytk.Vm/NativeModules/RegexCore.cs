using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_re`: the matching engine under the shipped re.py. re.py translates Python's pattern syntax into .NET's
/// (named groups become numbered ones, so numbering stays Python's) and builds match objects; this module only
/// runs .NET's backtracking engine, which shares Python's semantics for the translated constructs, and turns
/// UTF-16 offsets into code-point offsets so spans agree with Python's str indexing.
/// </summary>
public static class RegexCore
{
    sealed class Compiled(string pattern, string widePattern, RegexOptions options)
    {
        // Search, match (anchored at pos) and fullmatch (anchored at pos and at endpos) variants, built lazily;
        // the wide ones (for subjects with astral characters) let `.` and negated classes take a surrogate pair.
        readonly Regex?[] variants = new Regex?[6];
        public Regex Get(int mode, bool wide = false)
        {
            string p = wide ? widePattern : pattern;
            return variants[mode + (wide ? 3 : 0)] ??= new Regex(mode switch
            {
                0 => p,
                1 => @"\G(?:" + p + ")",
                _ => @"\G(?:" + p + @")\z",
            }, options);
        }
    }

    static readonly ConditionalWeakTable<PyObject, Compiled> Handles = new();

    public static PyModule Create()
    {
        var m = new PyModule("_re");
        var handleType = new PyType("Pattern", [Types.Object]) { HasDictSlot = true };
        handleType.Dict!["__module__"] = new PyStr("_re");
        m.Dict!["compile"] = Def.Func("compile", (a, kw) =>
        {
            string pat = Ops.Str(a[0]);
            long flags = Ops.Index(a[1]).V;
            var opts = RegexOptions.CultureInvariant;
            if ((flags & 1) != 0) opts |= RegexOptions.IgnoreCase;
            if ((flags & 2) != 0) opts |= RegexOptions.Multiline;
            if ((flags & 4) != 0) opts |= RegexOptions.Singleline;
            var c = new Compiled(pat, a.Length > 2 ? Ops.Str(a[2]) : pat, opts);
            try { c.Get(0); }
            catch (ArgumentException e) { throw Err.Value(e.Message); }
            var h = new PyInstance(handleType) { Dict = new() };
            Handles.Add(h, c);
            return h;
        });
        m.Dict["match"] = Def.Func("match", (a, kw) =>
        {
            var (re, s, pos, end) = Args(a);
            var input = new Text(s, end);
            var r = re.Get(Ops.IndexInt(a[4]), input.Wide).Match(input.Value, input.ToUnits(pos));
            return r.Success ? Spans(r, input) : Py.None;
        });
        m.Dict["scan"] = Def.Func("scan", (a, kw) =>
        {
            var (re, s, pos, end) = Args(a);
            var input = new Text(s, end);
            var list = new List<PyObject>();
            for (var r = re.Get(0, input.Wide).Match(input.Value, input.ToUnits(pos)); r.Success; r = r.NextMatch()) list.Add(Spans(r, input));
            return new PyList(list);
        });
        return m;
    }

    static (Compiled, PyStr, int, int) Args(PyObject[] a)
    {
        if (!Handles.TryGetValue(a[0], out var c)) throw Err.Type("not a compiled pattern");
        var s = a[1] as PyStr ?? throw Err.Type("expected string");
        int n = s.Length;
        int pos = Math.Clamp(Ops.IndexInt(a[2]), 0, n), end = Math.Clamp(Ops.IndexInt(a[3]), 0, n);
        return (c, s, pos, Math.Max(pos, end));
    }

    /// <summary>The subject string cut at endpos, with code-point ↔ UTF-16 conversion when it has astral characters.</summary>
    readonly struct Text
    {
        public readonly string Value;
        readonly int[]? unitOfPoint;   // code point index -> UTF-16 index (null when they coincide)
        readonly int[]? pointOfUnit;

        public Text(PyStr s, int endPoints)
        {
            string v = s.Value;
            bool wide = false;
            foreach (char ch in v) if (char.IsSurrogate(ch)) { wide = true; break; }
            if (!wide) { Value = v[..endPoints]; unitOfPoint = pointOfUnit = null; return; }
            var units = new List<int>();
            var points = new int[v.Length + 1];
            int p = 0;
            for (int i = 0; i < v.Length; p++)
            {
                units.Add(i);
                points[i] = p;
                int w = char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]) ? 2 : 1;
                if (w == 2) points[i + 1] = p;
                i += w;
            }
            units.Add(v.Length);
            points[v.Length] = p;
            unitOfPoint = units.ToArray();
            pointOfUnit = points;
            Value = v[..unitOfPoint[endPoints]];
        }

        public bool Wide => unitOfPoint is not null;
        public int ToUnits(int point) => unitOfPoint is null ? point : unitOfPoint[point];
        public int ToPoints(int unit) => pointOfUnit is null ? unit : pointOfUnit[unit];
    }

    /// <summary>(start0, end0, start1, end1, ...) in code points; -1, -1 for a group that did not take part.</summary>
    static PyTuple Spans(Match r, Text input)
    {
        var items = new PyObject[r.Groups.Count * 2];
        for (int g = 0; g < r.Groups.Count; g++)
        {
            var grp = r.Groups[g];
            int s = grp.Success ? input.ToPoints(grp.Index) : -1, e = grp.Success ? input.ToPoints(grp.Index + grp.Length) : -1;
            items[2 * g] = PyInt.From(s);
            items[2 * g + 1] = PyInt.From(e);
        }
        return new PyTuple(items);
    }
}

using System.Text;

namespace Pytk.Vm.BuiltinTypes.Bytes;

/// <summary>
/// bytes/bytearray text methods. Searching, splitting by a separator, padding and partitioning reuse str's
/// implementation on the Latin-1 text of the bytes (one char per byte, so positions agree); whitespace, line
/// breaks, case and the is* tests are ASCII-only as in CPython, so they are written here.
/// </summary>
public static class BytesText
{
    static readonly Encoding L1 = Encoding.Latin1;
    static byte[] B(PyObject o) => ((PyBytes)o).Value;
    static PyStr S(byte[] b) => new(L1.GetString(b));
    static bool IsWs(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;
    static bool IsUp(byte c) => c is >= (byte)'A' and <= (byte)'Z';
    static bool IsLo(byte c) => c is >= (byte)'a' and <= (byte)'z';
    static bool IsDig(byte c) => c is >= (byte)'0' and <= (byte)'9';

    public static byte[] Bytes(PyObject x, string what = "a bytes-like object is required, not '{0}'") =>
        BytesLike(x) ?? throw Err.Type(string.Format(what, x.Type.Name));

    /// <summary>The bytes of any buffer exporter (bytes, bytearray, memoryview, a class with __buffer__), else null.</summary>
    public static byte[]? BytesLike(PyObject x) => x switch
    {
        PyBytes b => b.Value,
        PyMemoryView m => m.ToBytes(),
        _ => BytesMethods.BufferOf(x),
    };

    static PyObject ToStr(PyObject x, bool intOk) => x switch
    {
        PyBytes b => S(b.Value),
        PyMemoryView m => S(m.ToBytes()),
        PyTuple t => new PyTuple(t.Items.Select(i => ToStr(i, false)).ToArray()),
        PyInt i when intOk => i.IsSmall && i.V is >= 0 and <= 255 ? new PyStr(((char)i.V).ToString()) : throw Err.Value("byte must be in range(0, 256)"),
        PyInt or PyNone => x,
        _ => throw Err.Type(intOk ? $"argument should be integer or bytes-like object, not '{x.Type.Name}'" : $"a bytes-like object is required, not '{x.Type.Name}'"),
    };

    static bool IsBytesLike(PyObject x)
    {
        try { Bytes(x); return true; }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.TypeError)) { return false; }
    }

    static PyObject FromStr(PyObject r, bool mutable) => r switch
    {
        PyStr s => new PyBytes(L1.GetBytes(s.Value), mutable),
        PyList l => new PyList(l.Items.Select(i => FromStr(i, mutable))),
        PyTuple t => new PyTuple(t.Items.Select(i => FromStr(i, mutable)).ToArray()),
        _ => r,
    };

    /// <summary>
    /// A bytes method run by the str method of the same name on the Latin-1 text of its operands. The first
    /// <paramref name="bytesArgs"/> arguments must be bytes-like (ints and None pass through to the str method
    /// only after them: widths, counts, start and end); the padding methods' fill must be one byte.
    /// </summary>
    static void ViaStr(PyType t, string name, bool mutable, bool intNeedle = false, string? strName = null, int bytesArgs = 0)
    {
        var impl = (PyBuiltin)Types.Str.Dict![strName ?? name];
        bool pad = name is "center" or "ljust" or "rjust";
        Def.Method(t, name, (a, kw) =>
        {
            var args = new PyObject[a.Length];
            args[0] = S(B(a[0]));
            if (name is "startswith" or "endswith" && a.Length > 1 && a[1] is not PyTuple && !IsBytesLike(a[1]))
                throw Err.Type($"{name} first arg must be bytes or a tuple of bytes, not {a[1].Type.Name}");
            if (pad && a.Length > 2 && a[2] is not PyBytes { Value.Length: 1 })
                throw Err.Type($"{name}() argument 2 must be a byte string of length 1, not {a[2].Type.Name}");
            for (int i = 1; i < a.Length; i++)
                args[i] = i <= bytesArgs && !(intNeedle && i == 1) && a[i] is PyInt or PyNone
                    ? throw Err.Type($"a bytes-like object is required, not '{a[i].Type.Name}'")
                    : ToStr(a[i], intNeedle && i == 1);
            KwArgs? k = null;
            if (kw is not null) { k = new(); foreach (var (n, v) in kw) k.Add(new(n, ToStr(v, false))); }
            return FromStr(impl.Fn(args, k), mutable);
        });
    }

    public static void Register(PyType t, bool mutable)
    {
        foreach (var n in new[] { "find", "rfind", "count" }) ViaStr(t, n, mutable, intNeedle: true, bytesArgs: 1);
        ViaStr(t, "replace", mutable, bytesArgs: 2);
        foreach (var n in new[] { "startswith", "endswith", "partition", "rpartition", "removeprefix", "removesuffix" })
            ViaStr(t, n, mutable, bytesArgs: 1);
        foreach (var n in new[] { "center", "ljust", "rjust", "zfill", "expandtabs" }) ViaStr(t, n, mutable);
        var find = (PyBuiltin)t.Dict!["find"];
        var rfind = (PyBuiltin)t.Dict!["rfind"];
        Def.Method(t, "index", (a, kw) => find.Fn(a, kw) is PyInt { V: >= 0 } r ? r : throw Err.Value("subsection not found"));
        Def.Method(t, "rindex", (a, kw) => rfind.Fn(a, kw) is PyInt { V: >= 0 } r ? r : throw Err.Value("subsection not found"));
        var splitStr = (PyBuiltin)Types.Str.Dict!["split"];
        var rsplitStr = (PyBuiltin)Types.Str.Dict!["rsplit"];
        foreach (var right in new[] { false, true })
        {
            bool r = right;
            Def.Method(t, r ? "rsplit" : "split", (a, kw) =>
            {
                var sep = Def.Arg(a, kw, 1, "sep", Py.None)!;
                int max = StrMethods.Limit(Def.Arg(a, kw, 2, "maxsplit", PyInt.From(-1))!);
                if (sep is not PyNone)
                    return FromStr((r ? rsplitStr : splitStr).Fn([S(B(a[0])), ToStr(sep, false), PyInt.From(max)], null), mutable);
                return new PyList(WsSplit(B(a[0]), max, r).Select(p => (PyObject)new PyBytes(p, mutable)));
            });
        }
        // bytes (not bytearray) with nothing to strip is returned itself, as CPython does
        PyObject StripMethod(PyObject[] a, bool left, bool right)
        {
            var r = Strip(a, left, right);
            return !mutable && a[0].Type == Types.Bytes && r.Length == ((PyBytes)a[0]).Value.Length ? a[0] : new PyBytes(r, mutable);
        }
        Def.Method(t, "strip", (a, kw) => StripMethod(a, true, true));
        Def.Method(t, "lstrip", (a, kw) => StripMethod(a, true, false));
        Def.Method(t, "rstrip", (a, kw) => StripMethod(a, false, true));
        Def.Method(t, "splitlines", (a, kw) => new PyList(Lines(B(a[0]), Ops.Truth(Def.Arg(a, kw, 1, "keepends", Py.False)!))
            .Select(p => (PyObject)new PyBytes(p, mutable))));
        Def.M0(t, "upper", o => new PyBytes(B(o).Select(c => IsLo(c) ? (byte)(c - 32) : c).ToArray(), mutable));
        Def.M0(t, "lower", o => new PyBytes(B(o).Select(c => IsUp(c) ? (byte)(c + 32) : c).ToArray(), mutable));
        Def.M0(t, "swapcase", o => new PyBytes(B(o).Select(c => IsUp(c) ? (byte)(c + 32) : IsLo(c) ? (byte)(c - 32) : c).ToArray(), mutable));
        Def.M0(t, "capitalize", o => new PyBytes(B(o).Select((c, i) => i == 0 ? (IsLo(c) ? (byte)(c - 32) : c) : IsUp(c) ? (byte)(c + 32) : c).ToArray(), mutable));
        Def.M0(t, "title", o =>
        {
            var src = B(o);
            var res = new byte[src.Length];
            bool prev = false;
            for (int i = 0; i < src.Length; i++)
            {
                byte c = src[i];
                res[i] = prev ? (IsUp(c) ? (byte)(c + 32) : c) : (IsLo(c) ? (byte)(c - 32) : c);
                prev = IsUp(c) || IsLo(c);
            }
            return new PyBytes(res, mutable);
        });
        Def.M0(t, "isalpha", o => Py.Bool(B(o).Length > 0 && B(o).All(c => IsUp(c) || IsLo(c))));
        Def.M0(t, "isdigit", o => Py.Bool(B(o).Length > 0 && B(o).All(IsDig)));
        Def.M0(t, "isalnum", o => Py.Bool(B(o).Length > 0 && B(o).All(c => IsUp(c) || IsLo(c) || IsDig(c))));
        Def.M0(t, "isspace", o => Py.Bool(B(o).Length > 0 && B(o).All(IsWs)));
        Def.M0(t, "isascii", o => Py.Bool(B(o).All(c => c < 128)));
        Def.M0(t, "isupper", o => Py.Bool(B(o).Any(IsUp) && !B(o).Any(IsLo)));
        Def.M0(t, "islower", o => Py.Bool(B(o).Any(IsLo) && !B(o).Any(IsUp)));
        Def.M0(t, "istitle", o => Py.Bool(StrTables.IsTitleStr(L1.GetString(B(o)))));
        Def.Method(t, "hex", (a, kw) => new PyStr(Hex(B(a[0]), Def.Arg(a, kw, 1, "sep"), Def.Arg(a, kw, 2, "bytes_per_sep"))));
        // bytes(x) of a bytes subclass, and what typing.SupportsBytes looks for
        if (!mutable) Def.M0(t, "__bytes__", o => o.Type == Types.Bytes ? o : new PyBytes((byte[])B(o).Clone()));
        Def.ClassMethod(t, "fromhex", (a, kw) =>
        {
            if (a.Length != 2) throw Err.Type($"{t.Name}.fromhex() takes exactly one argument ({a.Length - 1} given)");
            var v = new PyBytes(FromHex(Def.Str(a[1], "fromhex() argument")), mutable);
            return a[0] == t ? v : Ops.Call(a[0], v);
        });
        Def.M1(t, "join", (o, it) =>
        {
            var res = new List<byte>();
            int i = 0;
            foreach (var x in Ops.Enumerate(it))
            {
                if (i > 0) res.AddRange(B(o));
                res.AddRange(BytesLike(x) ?? throw Err.Type($"sequence item {i}: expected a bytes-like object, {x.Type.Name} found"));
                i++;
            }
            return new PyBytes([.. res], mutable);
        });
        Def.Method(t, "translate", (a, kw) =>
        {
            var table = Def.Arg(a, kw, 1, "table") ?? throw Err.Type("translate() takes at least 1 argument (0 given)");
            var delete = Def.Arg(a, kw, 2, "delete") is { } d ? Bytes(d) : [];
            byte[]? map = table is PyNone ? null : Bytes(table);
            if (map is not null && map.Length != 256) throw Err.Value("translation table must be 256 characters long");
            return new PyBytes(B(a[0]).Where(c => !delete.Contains(c)).Select(c => map is null ? c : map[c]).ToArray(), mutable);
        });
        Def.Static(t, "maketrans", (a, kw) =>
        {
            Def.Count("maketrans", a, 2, 2);
            byte[] from = Bytes(a[0]), to = Bytes(a[1]);
            if (from.Length != to.Length) throw Err.Value("maketrans arguments must have same length");
            var map = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
            for (int i = 0; i < from.Length; i++) map[from[i]] = to[i];
            return new PyBytes(map);
        });
        Def.M1(t, "__contains__", (o, x) => x is PyInt xi
            ? Py.Bool(xi.IsSmall && xi.V is >= 0 and <= 255 ? B(o).Contains((byte)xi.V) : throw Err.Value("byte must be in range(0, 256)"))
            : Py.Bool(B(o).AsSpan().IndexOf(Bytes(x)) >= 0));
        Def.M1(t, "__add__", (o, x) => BytesLike(x) is { } xb ? new PyBytes([.. B(o), .. xb], mutable)
            : throw Err.Type($"can't concat {x.Type.Name} to {t.Name}"));
        Def.M1(t, "__getitem__", (o, k) =>
        {
            var arr = B(o);
            if (k is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(arr.Length);
                var res = new byte[count];
                for (int i = 0, j = start; i < count; i++, j += step) res[i] = arr[j];
                return new PyBytes(res, mutable);
            }
            if (k is not PyInt && k.Type.Lookup("__index__") is null)
                throw Err.Type($"{(mutable ? "bytearray" : "byte")} indices must be integers or slices, not {k.Type.Name}");
            long idx = Ops.ItemIndex(k);
            if (idx < 0) idx += arr.Length;
            if (idx < 0 || idx >= arr.Length) throw Err.Index(mutable ? "bytearray index out of range" : "index out of range");
            return PyInt.From(arr[idx]);
        });
        Def.M1(t, "__rmod__", (o, other) => Py.NotImplemented);
        Def.M1(t, "__mod__", (o, args) =>
        {
            return new PyBytes(L1.GetBytes(Formatting.Percent(L1.GetString(B(o)), args, bytes: true)), mutable);
        });
        if (mutable) BytesMutable.Register(t);
    }

    static List<byte[]> WsSplit(byte[] s, int max, bool right)
    {
        var parts = new List<byte[]>();
        int n = s.Length;
        if (!right)
        {
            int i = 0;
            while (true)
            {
                while (i < n && IsWs(s[i])) i++;
                if (i >= n) break;
                if (max >= 0 && parts.Count == max) { parts.Add(s[i..]); break; }
                int j = i;
                while (j < n && !IsWs(s[j])) j++;
                parts.Add(s[i..j]);
                i = j;
            }
            return parts;
        }
        int e = n;
        while (true)
        {
            while (e > 0 && IsWs(s[e - 1])) e--;
            if (e <= 0) break;
            if (max >= 0 && parts.Count == max) { parts.Add(s[..e]); break; }
            int b = e;
            while (b > 0 && !IsWs(s[b - 1])) b--;
            parts.Add(s[b..e]);
            e = b;
        }
        parts.Reverse();
        return parts;
    }

    static byte[] Strip(PyObject[] a, bool left, bool right)
    {
        var s = B(a[0]);
        var chars = a.Length > 1 && a[1] is not PyNone ? Bytes(a[1]) : null;
        bool Strip(byte c) => chars is null ? IsWs(c) : chars.Contains(c);
        int i = 0, j = s.Length;
        if (left) while (i < j && Strip(s[i])) i++;
        if (right) while (j > i && Strip(s[j - 1])) j--;
        return s[i..j];
    }

    static List<byte[]> Lines(byte[] s, bool keep)
    {
        var res = new List<byte[]>();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && s[j] is not ((byte)'\n' or (byte)'\r')) j++;
            int eol = j;
            if (j < s.Length) j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
            res.Add(keep ? s[i..j] : s[i..eol]);
            i = j;
        }
        return res;
    }

    static string Hex(byte[] b, PyObject? sepObj, PyObject? perObj)
    {
        string hex = Convert.ToHexString(b).ToLowerInvariant();
        if (sepObj is null) return hex;
        // CPython's order: the length first (any object), then the type
        if (Ops.Len(sepObj) != 1) throw Err.Value("sep must be length 1.");
        string sep = sepObj is PyStr ss ? ss.Value : sepObj is PyBytes sb ? L1.GetString(sb.Value) : throw Err.Type("sep must be str or bytes.");
        if (sep[0] > 127) throw Err.Value("sep must be ASCII.");
        int per = perObj is null ? 1 : Ops.IndexInt(perObj);
        if (per == 0 || b.Length == 0) return hex;
        int group = Math.Abs(per);
        var chunks = new List<string>();
        if (per > 0)
            for (int end = b.Length; end > 0; end -= group) chunks.Insert(0, hex[(2 * Math.Max(0, end - group))..(2 * end)]);
        else
            for (int st = 0; st < b.Length; st += group) chunks.Add(hex[(2 * st)..(2 * Math.Min(b.Length, st + group))]);
        return string.Join(sep, chunks);
    }

    static byte[] FromHex(string s)
    {
        var res = new List<byte>();
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') { i++; continue; }
            if (!Uri.IsHexDigit(s[i])) throw Err.Value($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length || !Uri.IsHexDigit(s[i + 1])) throw Err.Value($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            res.Add(Convert.ToByte(s.Substring(i, 2), 16));
            i += 2;
        }
        return [.. res];
    }
}

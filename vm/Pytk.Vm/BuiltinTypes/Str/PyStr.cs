using System.Text;

namespace Pytk.Vm.BuiltinTypes.Str;

/// <summary>
/// str. Stored as a .NET string; indexing is by code point, so a string holding astral characters
/// (surrogate pairs) keeps an array of code points, made on first index. Most text never needs it.
/// </summary>
public sealed class PyStr : PyObject
{
    public readonly string Value;
    int[]? codePoints;
    sbyte hasSurrogates = -1;
    int hash;
    bool hashed;

    public PyStr(string s) : base(Types.Str) { Value = s; }
    public PyStr(PyType subtype, string s) : base(subtype) { Value = s; }

    static readonly PyStr[] ascii = Enumerable.Range(0, 128).Select(i => new PyStr(((char)i).ToString())).ToArray();
    public static readonly PyStr Empty = new("");

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyStr> interned = new();

    /// <summary>
    /// A string constant of compiled code: identifier-like ones ([A-Za-z0-9_]*) are shared process-wide, as
    /// CPython interns them, so `'PUT' is 'PUT'` holds across code objects.
    /// </summary>
    public static PyStr Constant(string s)
    {
        foreach (char c in s)
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_')) return new PyStr(s);
        return interned.GetOrAdd(s, v => new PyStr(v));
    }

    // a lone surrogate (U+D800..U+DFFF) is one UTF-16 unit, kept as is (CPython strings may hold them)
    public static PyStr FromCodePoint(int cp) => cp < 128 ? ascii[cp] : new PyStr(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    bool Wide
    {
        get
        {
            if (hasSurrogates < 0)
            {
                hasSurrogates = 0;
                foreach (char c in Value) if (char.IsSurrogate(c)) { hasSurrogates = 1; break; }
            }
            return hasSurrogates == 1;
        }
    }

    int[] CodePoints => codePoints ??= ToCodePoints(Value);

    public static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            { list.Add(char.ConvertToUtf32(s[i], s[i + 1])); i++; }
            else list.Add(s[i]);
        }
        return [.. list];
    }

    public static string FromCodePoints(IEnumerable<int> cps)
    {
        var sb = new StringBuilder();
        foreach (var c in cps) AppendCodePoint(sb, c);
        return sb.ToString();
    }

    public static void AppendCodePoint(StringBuilder sb, int c)
    {
        if (c < 0x10000) sb.Append((char)c); else sb.Append(char.ConvertFromUtf32(c));
    }

    public int Length => Wide ? CodePoints.Length : Value.Length;
    public int CodePointAt(int i) => Wide ? CodePoints[i] : Value[i];
    public PyStr CharAt(int i) => FromCodePoint(CodePointAt(i));

    public string Substring(int start, int count)
    {
        if (!Wide) return Value.Substring(start, count);
        return FromCodePoints(CodePoints.Skip(start).Take(count));
    }

    public IEnumerable<int> EnumerateCodePoints()
    {
        if (!Wide) { foreach (char c in Value) yield return c; }
        else foreach (int c in CodePoints) yield return c;
    }

    /// <summary>Index of a UTF-16 offset in code points (for find/index results).</summary>
    public int CodePointIndex(int utf16Index)
    {
        if (!Wide || utf16Index < 0) return utf16Index;
        int n = 0;
        for (int i = 0; i < utf16Index; i++) { if (char.IsHighSurrogate(Value[i])) i++; n++; }
        return n;
    }

    public int Utf16Index(int cpIndex)
    {
        if (!Wide) return cpIndex;
        int i = 0;
        for (int n = 0; n < cpIndex && i < Value.Length; n++) i += char.IsHighSurrogate(Value[i]) ? 2 : 1;
        return i;
    }

    public int Hash()
    {
        if (!hashed) { hash = Value.GetHashCode(); if (hash == -1) hash = -2; hashed = true; }
        return hash;
    }
}

public sealed class PyBytes : PyObject
{
    byte[] value;
    /// <summary>The bytes. A bytearray changes size by storing a new array here, which a live memoryview on it
    /// forbids (BufferError, as CPython's exports do).</summary>
    public byte[] Value
    {
        get => value;
        set
        {
            if (value.Length != this.value.Length && Exported) PyMemoryView.CheckResize(this);
            this.value = value;
        }
    }
    /// <summary>Set once a memoryview has been taken of this bytearray.</summary>
    public bool Exported;
    public PyBytes(byte[] v, bool mutable = false) : base(mutable ? Types.ByteArray : Types.Bytes) { value = v; }
    public bool Mutable => Type.IsSubtypeOf(Types.ByteArray);
}

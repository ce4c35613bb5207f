using System.Security.Cryptography;
using System.Text;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// `binascii`, `_hashlib` and `zlib`: byte-level codecs and digests over .NET (Convert, System.Security.
/// Cryptography, System.IO.Compression), with CPython's argument handling and messages. base64.py and
/// hashlib.py are Python on top.
/// </summary>
public static class BinasciiCore
{
    static PyModule Mod(string name) => new(name);

    /// <summary>The bytes of a bytes-like argument (bytes, bytearray, memoryview) or, where CPython allows it,
    /// an ASCII str.</summary>
    internal static byte[] Bytes(PyObject o, string fn, bool asciiStr = false)
    {
        switch (o)
        {
            case PyBytes b: return b.Value;
            case PyStr s when asciiStr:
                if (s.Value.Any(c => c > 127)) throw Err.Value("string argument should contain only ASCII characters");
                return Encoding.ASCII.GetBytes(s.Value);
        }
        if (Ops.GetAttrOrNull(o.Type, "__bytes__") is not null || o.Type.Name is "memoryview" or "array")
            if (Ops.Call(Types.Bytes, o) is PyBytes bb) return bb.Value;
        throw Err.Type(asciiStr ? $"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'"
            : $"a bytes-like object is required, not '{o.Type.Name}'");
    }

    static PyType? error, incomplete;

    public static PyModule Binascii()
    {
        var m = Mod("binascii");
        var d = m.Dict!;
        error ??= new PyType("Error", [ExcTypes.ValueError]) { HasDictSlot = true };
        error.Dict!["__module__"] = new PyStr("binascii");
        incomplete ??= new PyType("Incomplete", [ExcTypes.Exception]) { HasDictSlot = true };
        incomplete.Dict!["__module__"] = new PyStr("binascii");
        d["Error"] = error;
        d["Incomplete"] = incomplete;
        d["hexlify"] = Def.Func("hexlify", (a, kw) => Hexlify(a, kw, "hexlify"));
        d["b2a_hex"] = Def.Func("b2a_hex", (a, kw) => Hexlify(a, kw, "b2a_hex"));
        d["unhexlify"] = Def.Func("unhexlify", (a, kw) => Unhexlify(Arg(a, kw, 0, "hexstr", "unhexlify")));
        d["a2b_hex"] = Def.Func("a2b_hex", (a, kw) => Unhexlify(Arg(a, kw, 0, "hexstr", "a2b_hex")));
        d["b2a_base64"] = Def.Func("b2a_base64", (a, kw) =>
        {
            var data = Bytes(Arg(a, kw, 0, "data", "b2a_base64"), "b2a_base64");
            bool newline = Opt(a, kw, 1, "newline") is not { } nl || Ops.Truth(nl);
            var s = Convert.ToBase64String(data) + (newline ? "\n" : "");
            return new PyBytes(Encoding.ASCII.GetBytes(s));
        });
        d["a2b_base64"] = Def.Func("a2b_base64", (a, kw) =>
        {
            var data = Bytes(Arg(a, kw, 0, "data", "a2b_base64"), "a2b_base64", asciiStr: true);
            bool strict = Opt(a, kw, 1, "strict_mode") is { } sm && Ops.Truth(sm);
            return new PyBytes(A2bBase64(data, strict));
        });
        d["crc32"] = Def.Func("crc32", (a, kw) =>
            PyInt.From(Crc32(Bytes(Arg(a, kw, 0, "data", "crc32"), "crc32"), a.Length > 1 ? (uint)(((PyInt)a[1]).AsBig & 0xFFFFFFFF) : 0)));
        d["crc_hqx"] = Def.Func("crc_hqx", (a, kw) =>
        {
            if (a.Length != 2) throw Err.Type($"crc_hqx expected 2 arguments, got {a.Length}");
            uint crc = (uint)(((PyInt)a[1]).AsBig & 0xFFFF);
            foreach (var b in Bytes(a[0], "crc_hqx"))
            {
                crc ^= (uint)b << 8;
                for (int i = 0; i < 8; i++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
            return PyInt.From(crc);
        });
        return m;
    }

    static PyObject Arg(PyObject[] a, KwArgs? kw, int i, string name, string fn)
    {
        if (a.Length > i) return a[i];
        if (kw?.FirstOrDefault(p => p.Key == name) is { Key: not null } p) return p.Value;
        throw Err.Type($"{fn}() missing required argument '{name}' (pos {i + 1})");
    }

    static PyObject? Opt(PyObject[] a, KwArgs? kw, int i, string name)
    {
        if (a.Length > i) return a[i];
        return kw?.FirstOrDefault(p => p.Key == name) is { Key: not null } p ? p.Value : null;
    }

    static PyObject Hexlify(PyObject[] a, KwArgs? kw, string fn)
    {
        var data = Bytes(Arg(a, kw, 0, "data", fn), fn);
        var sepObj = Opt(a, kw, 1, "sep");
        var hex = Convert.ToHexStringLower(data);
        if (sepObj is null || sepObj is PyNone) return new PyBytes(Encoding.ASCII.GetBytes(hex));
        string sep = sepObj is PyStr ss ? ss.Value : Encoding.Latin1.GetString(Bytes(sepObj, fn));
        if (sep.Length != 1) throw Err.Value("sep must be length 1.");
        int per = Opt(a, kw, 2, "bytes_per_sep") is PyInt n ? (int)n.V : 1;
        if (per == 0 || data.Length == 0) return new PyBytes(Encoding.ASCII.GetBytes(hex));
        int group = Math.Abs(per);
        var parts = new List<string>();
        if (per > 0)
            // Groups counted from the right.
            for (int end = data.Length; end > 0; end -= group)
                parts.Insert(0, hex[(Math.Max(0, end - group) * 2)..(end * 2)]);
        else
            for (int start = 0; start < data.Length; start += group)
                parts.Add(hex[(start * 2)..(Math.Min(data.Length, start + group) * 2)]);
        return new PyBytes(Encoding.ASCII.GetBytes(string.Join(sep, parts)));
    }

    static PyObject Unhexlify(PyObject o)
    {
        var s = Bytes(o, "unhexlify", asciiStr: true);
        if (s.Length % 2 != 0) throw new PyException(Err.NewValue(error!, new PyStr("Odd-length string")));
        var r = new byte[s.Length / 2];
        for (int i = 0; i < r.Length; i++)
        {
            int hi = HexVal(s[2 * i]), lo = HexVal(s[2 * i + 1]);
            if (hi < 0 || lo < 0) throw new PyException(Err.NewValue(error!, new PyStr("Non-hexadecimal digit found")));
            r[i] = (byte)(hi * 16 + lo);
        }
        return new PyBytes(r);
    }

    static int HexVal(byte c) => c is >= (byte)'0' and <= (byte)'9' ? c - '0' : c is >= (byte)'a' and <= (byte)'f' ? c - 'a' + 10
        : c is >= (byte)'A' and <= (byte)'F' ? c - 'A' + 10 : -1;

    static int B64Val(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    static PyException B64Error(string msg) => new(Err.NewValue(error!, new PyStr(msg)));

    /// <summary>a2b_base64: CPython's decoder, which skips characters outside the alphabet (unless strict) and
    /// stops at the padding that completes a quantum.</summary>
    static byte[] A2bBase64(byte[] s, bool strict)
    {
        var outp = new List<byte>();
        int acc = 0, bits = 0, quad = 0, pads = 0;
        bool padStarted = false;
        if (strict && s.Length > 0 && s[0] == '=') throw B64Error("Leading padding not allowed");
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == '=')
            {
                padStarted = true;
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    if (strict && i + 1 < s.Length) throw B64Error("Excess data after padding");
                    quad = 0; acc = 0; bits = 0; pads = 0;
                    if (!strict) { padStarted = false; continue; }
                    return [.. outp];
                }
                continue;
            }
            int v = B64Val(c);
            if (v < 0)
            {
                if (strict) throw B64Error("Only base64 data is allowed");
                continue;
            }
            if (strict && padStarted) throw B64Error("Discontinuous padding not allowed");
            pads = 0;
            acc = (acc << 6) | v;
            bits += 6;
            quad = (quad + 1) & 3;
            if (bits >= 8)
            {
                bits -= 8;
                outp.Add((byte)(acc >> bits));
                acc &= (1 << bits) - 1;
            }
        }
        if (quad != 0)
        {
            if (quad == 1)
                throw B64Error($"Invalid base64-encoded string: number of data characters ({(outp.Count / 3) * 4 + 1}) cannot be 1 more than a multiple of 4");
            throw B64Error("Incorrect padding");
        }
        return [.. outp];
    }

    static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    internal static uint Crc32(byte[] data, uint crc)
    {
        crc ^= 0xFFFFFFFF;
        foreach (var b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFF;
    }

    internal static uint Adler32(byte[] data, uint adler)
    {
        uint a = adler & 0xFFFF, b = adler >> 16;
        foreach (var x in data) { a = (a + x) % 65521; b = (b + a) % 65521; }
        return (b << 16) | a;
    }

    // ---- _hashlib ----

    /// <summary>A hash object: the data so far is kept, so copy() is a copy of it and digest() hashes it all.</summary>
    sealed class PyHash(PyType type, string name) : PyObject(type)
    {
        public readonly string Name = name;
        public MemoryStream Data = new();
    }

    static PyType? hashType;

    static readonly Dictionary<string, (int Size, int Block)> HashInfo = new()
    {
        ["md5"] = (16, 64), ["sha1"] = (20, 64), ["sha224"] = (28, 64), ["sha256"] = (32, 64),
        ["sha384"] = (48, 128), ["sha512"] = (64, 128),
        ["sha3_256"] = (32, 136), ["sha3_384"] = (48, 104), ["sha3_512"] = (64, 72),
    };

    static IEnumerable<string> Available() => HashInfo.Keys.Where(n => n switch
    {
        "sha3_256" => SHA3_256.IsSupported,
        "sha3_384" => SHA3_384.IsSupported,
        "sha3_512" => SHA3_512.IsSupported,
        _ => true,
    });

    static byte[] Digest(string name, byte[] data) => name switch
    {
        "md5" => MD5.HashData(data),
        "sha1" => SHA1.HashData(data),
        "sha224" => Sha224.Hash(data),
        "sha256" => SHA256.HashData(data),
        "sha384" => SHA384.HashData(data),
        "sha512" => SHA512.HashData(data),
        "sha3_256" => SHA3_256.HashData(data),
        "sha3_384" => SHA3_384.HashData(data),
        "sha3_512" => SHA3_512.HashData(data),
        _ => throw Err.Value($"unsupported hash type {name}"),
    };

    static PyHash H(PyObject o) => o as PyHash ?? throw Err.Type("hash object expected");

    public static PyModule Hashlib()
    {
        var m = Mod("_hashlib");
        var d = m.Dict!;
        if (hashType is null)
        {
            var t = new PyType("HASH", [Types.Object], builtin: true);
            t.Dict!["__module__"] = new PyStr("_hashlib");
            Def.M1(t, "update", (o, data) => { H(o).Data.Write(Bytes(data, "update")); return Py.None; });
            Def.M0(t, "digest", o => new PyBytes(Digest(H(o).Name, H(o).Data.ToArray())));
            Def.M0(t, "hexdigest", o => new PyStr(Convert.ToHexStringLower(Digest(H(o).Name, H(o).Data.ToArray()))));
            Def.M0(t, "copy", o =>
            {
                var h = H(o);
                var c = new PyHash(hashType!, h.Name);
                c.Data.Write(h.Data.ToArray());
                return c;
            });
            Def.Prop(t, "name", o => new PyStr(H(o).Name));
            Def.Prop(t, "digest_size", o => PyInt.From(HashInfo[H(o).Name].Size));
            Def.Prop(t, "block_size", o => PyInt.From(HashInfo[H(o).Name].Block));
            Def.M0(t, "__repr__", o => new PyStr($"<{H(o).Name} _hashlib.HASH object @ 0x{Ops.IdOf(o):x}>"));
            hashType = t;
        }
        d["HASH"] = hashType;
        d["new"] = Def.Func("new", (a, kw) =>
        {
            PyObject? nameObj = a.Length > 0 ? a[0] : kw?.FirstOrDefault(p => p.Key == "name").Value;
            PyObject? data = a.Length > 1 ? a[1] : kw?.FirstOrDefault(p => p.Key is "data" or "string").Value;
            if (nameObj is not PyStr ns) throw Err.Type("new() argument 'name' must be str");
            var name = ns.Value.ToLowerInvariant().Replace("-", "_");
            if (name == "sha_256") name = "sha256";
            if (!Available().Contains(name)) throw Err.Value($"unsupported hash type {ns.Value}");
            var h = new PyHash(hashType, name);
            if (data is not null and not PyNone) h.Data.Write(Bytes(data, "new"));
            return h;
        });
        var names = new PySet(frozen: true);
        foreach (var n in Available()) names.Add(new PyStr(n));
        d["openssl_md_meth_names"] = names;
        return m;
    }

    /// <summary>SHA-224 (FIPS 180-4): SHA-256's compression with its own initial values, truncated to 28 bytes
    /// (.NET has no SHA-224).</summary>
    static class Sha224
    {
        static readonly uint[] K =
        [
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        ];

        static uint Rotr(uint x, int n) => (x >> n) | (x << (32 - n));

        public static byte[] Hash(byte[] data)
        {
            uint[] h = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];
            long bitLen = (long)data.Length * 8;
            int padded = ((data.Length + 8) / 64 + 1) * 64;
            var msg = new byte[padded];
            data.CopyTo(msg, 0);
            msg[data.Length] = 0x80;
            for (int i = 0; i < 8; i++) msg[padded - 1 - i] = (byte)(bitLen >> (8 * i));
            var w = new uint[64];
            for (int off = 0; off < padded; off += 64)
            {
                for (int i = 0; i < 16; i++)
                    w[i] = (uint)(msg[off + 4 * i] << 24 | msg[off + 4 * i + 1] << 16 | msg[off + 4 * i + 2] << 8 | msg[off + 4 * i + 3]);
                for (int i = 16; i < 64; i++)
                {
                    uint s0 = Rotr(w[i - 15], 7) ^ Rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
                    uint s1 = Rotr(w[i - 2], 17) ^ Rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
                    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
                }
                uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
                for (int i = 0; i < 64; i++)
                {
                    uint t1 = hh + (Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
                    uint t2 = (Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
                    hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
                }
                h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
            }
            var r = new byte[28];
            for (int i = 0; i < 7; i++)
                for (int j = 0; j < 4; j++) r[4 * i + j] = (byte)(h[i] >> (24 - 8 * j));
            return r;
        }
    }
}

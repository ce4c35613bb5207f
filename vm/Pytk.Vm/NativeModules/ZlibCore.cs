using System.IO.Compression;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// `zlib` over System.IO.Compression: the zlib (wbits 9..15), raw deflate (-15..-9) and gzip (25..31) formats,
/// crc32/adler32, and compressobj/decompressobj. .NET's deflate is a different build of zlib, so compressed
/// bytes may differ from CPython's for the same input; what decompresses, and the checksums, are the same.
/// A decompressobj keeps its input and inflates it again as more arrives (the stream API is pull-based).
/// </summary>
public static class ZlibCore
{
    static PyType? error, compType, decompType;

    static PyException Error(string msg) => new(Err.NewValue(error!, new PyStr(msg)));

    enum Format { Zlib, Raw, Gzip }

    static Format FormatOf(int wbits)
    {
        if (wbits is >= 9 and <= 15) return Format.Zlib;
        if (wbits is >= -15 and <= -9) return Format.Raw;
        if (wbits is >= 25 and <= 31) return Format.Gzip;
        throw Err.Value("Invalid initialization option");
    }

    static CompressionLevel Level(int level) => level switch
    {
        -1 => CompressionLevel.Optimal,
        0 => CompressionLevel.NoCompression,
        1 or 2 or 3 => CompressionLevel.Fastest,
        9 => CompressionLevel.SmallestSize,
        >= 4 and <= 8 => CompressionLevel.Optimal,
        _ => throw Error("Bad compression level"),
    };

    static byte[] Compress(byte[] data, int level, int wbits)
    {
        var lv = Level(level);
        if (data.Length == 0)
        {
            // .NET writes nothing for an empty input; zlib writes an empty final block in the format's frame.
            byte[] empty = [0x03, 0x00];
            return FormatOf(wbits) switch
            {
                Format.Zlib => [0x78, level switch { 0 or 1 => 0x01, >= 2 and <= 5 => 0x5e, 9 => 0xda, _ => 0x9c }, .. empty, 0, 0, 0, 1],
                Format.Raw => empty,
                _ => [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, .. empty, 0, 0, 0, 0, 0, 0, 0, 0],
            };
        }
        var ms = new MemoryStream();
        using (Stream z = FormatOf(wbits) switch
        {
            Format.Zlib => new ZLibStream(ms, lv, leaveOpen: true),
            Format.Raw => new DeflateStream(ms, lv, leaveOpen: true),
            _ => new GZipStream(ms, lv, leaveOpen: true),
        })
            z.Write(data);
        return ms.ToArray();
    }

    /// <summary>Inflates as much as the data holds; complete tells whether the stream's end was reached.</summary>
    static (byte[] Output, bool Complete, int End) Inflate(byte[] data, int wbits)
    {
        var fmt = wbits is >= 40 and <= 47 || wbits == 32 ? (data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b ? Format.Gzip : Format.Zlib)
            : wbits == 0 ? Format.Zlib : FormatOf(wbits);
        var input = new MemoryStream(data);
        var outp = new MemoryStream();
        bool complete = true;
        try
        {
            using Stream z = fmt switch
            {
                Format.Zlib => new ZLibStream(input, CompressionMode.Decompress),
                Format.Raw => new DeflateStream(input, CompressionMode.Decompress),
                _ => new GZipStream(input, CompressionMode.Decompress),
            };
            var buf = new byte[8192];
            int n;
            while ((n = z.Read(buf)) > 0) outp.Write(buf, 0, n);
        }
        catch (InvalidDataException)
        {
            if (outp.Length == 0 && data.Length > 0 && !LooksTruncated(data, fmt))
                throw Error("Error -3 while decompressing data: incorrect header check");
            complete = false;
        }
        var result = outp.ToArray();
        int end = complete ? StreamEnd(data, result, fmt) : -1;
        return (result, end >= 0, end < 0 ? data.Length : end);
    }

    /// <summary>Where the compressed stream ends in data: just after the trailer that checks the output (zlib's
    /// Adler-32, gzip's CRC-32 and size); -1 when no trailer matches (truncated). .NET's inflater neither reports
    /// truncation nor how much input it used, so the trailer decides. Raw deflate has none: all of it counts.</summary>
    static int StreamEnd(byte[] data, byte[] output, Format fmt)
    {
        if (fmt == Format.Raw) return data.Length > 0 ? data.Length : -1;
        if (fmt == Format.Zlib)
        {
            uint a = BinasciiCore.Adler32(output, 1);
            for (int p = 6; p <= data.Length; p++)
                if (data[p - 4] == (byte)(a >> 24) && data[p - 3] == (byte)(a >> 16) && data[p - 2] == (byte)(a >> 8) && data[p - 1] == (byte)a)
                    return p;
            return -1;
        }
        uint c = BinasciiCore.Crc32(output, 0), n = (uint)output.Length;
        for (int p = 18; p <= data.Length; p++)
            if (BitConverter.ToUInt32(data, p - 8) == c && BitConverter.ToUInt32(data, p - 4) == n) return p;
        return -1;
    }

    static bool LooksTruncated(byte[] data, Format fmt) => fmt switch
    {
        Format.Zlib => data.Length < 2 || ((data[0] << 8) | data[1]) % 31 == 0 && (data[0] & 0x0F) == 8,
        Format.Gzip => data.Length < 2 || data[0] == 0x1f && data[1] == 0x8b,
        _ => true,
    };

    static int IntArg(PyObject[] a, KwArgs? kw, int i, string name, int dflt)
    {
        if (a.Length > i) return (int)((PyInt)a[i]).V;
        return kw?.FirstOrDefault(p => p.Key == name) is { Key: not null } p ? (int)((PyInt)p.Value).V : dflt;
    }

    sealed class Stream_(PyType t) : PyObject(t)
    {
        public int Level, Wbits;
        public MemoryStream Input = new();
        public int Returned;
        public bool Finished;
        public byte[] Unused = [];
        public byte[] Tail = [];
    }

    public static PyModule Create()
    {
        var m = new PyModule("zlib");
        var d = m.Dict!;
        if (error is null)
        {
            error = new PyType("error", [ExcTypes.Exception]) { HasDictSlot = true };
            error.Dict!["__module__"] = new PyStr("zlib");
            compType = new PyType("Compress", [Types.Object], builtin: true);
            compType.Dict!["__module__"] = new PyStr("zlib");
            decompType = new PyType("Decompress", [Types.Object], builtin: true);
            decompType.Dict!["__module__"] = new PyStr("zlib");
            Def.M1(compType, "compress", (o, data) =>
            {
                var s = (Stream_)o;
                if (s.Finished) throw Error("Error -2 while compressing data: inconsistent stream state");
                s.Input.Write(BinasciiCore.Bytes(data, "compress"));
                return new PyBytes([]);
            });
            Def.Method(compType, "flush", (a, kw) =>
            {
                var s = (Stream_)a[0];
                int mode = IntArg(a, kw, 1, "mode", 4);
                if (mode == 0) return new PyBytes([]);
                if (mode != 4) return new PyBytes([]);
                s.Finished = true;
                return new PyBytes(Compress(s.Input.ToArray(), s.Level, s.Wbits));
            });
            Def.M1(decompType, "decompress", (o, data) => Decompress((Stream_)o, BinasciiCore.Bytes(data, "decompress")));
            Def.Method(decompType, "flush", (a, kw) => new PyBytes([]));
            Def.Prop(decompType, "eof", o => Py.Bool(((Stream_)o).Finished));
            Def.Prop(decompType, "unused_data", o => new PyBytes(((Stream_)o).Unused));
            Def.Prop(decompType, "unconsumed_tail", o => new PyBytes(((Stream_)o).Tail));
        }
        d["error"] = error;
        d["MAX_WBITS"] = PyInt.From(15);
        d["DEFLATED"] = PyInt.From(8);
        d["DEF_MEM_LEVEL"] = PyInt.From(8);
        d["DEF_BUF_SIZE"] = PyInt.From(16384);
        d["Z_DEFAULT_COMPRESSION"] = PyInt.From(-1);
        d["Z_NO_COMPRESSION"] = PyInt.From(0);
        d["Z_BEST_SPEED"] = PyInt.From(1);
        d["Z_BEST_COMPRESSION"] = PyInt.From(9);
        d["Z_NO_FLUSH"] = PyInt.From(0);
        d["Z_PARTIAL_FLUSH"] = PyInt.From(1);
        d["Z_SYNC_FLUSH"] = PyInt.From(2);
        d["Z_FULL_FLUSH"] = PyInt.From(3);
        d["Z_FINISH"] = PyInt.From(4);
        d["Z_BLOCK"] = PyInt.From(5);
        d["Z_TREES"] = PyInt.From(6);
        d["Z_DEFAULT_STRATEGY"] = PyInt.From(0);
        d["Z_FILTERED"] = PyInt.From(1);
        d["Z_HUFFMAN_ONLY"] = PyInt.From(2);
        d["Z_RLE"] = PyInt.From(3);
        d["Z_FIXED"] = PyInt.From(4);
        d["ZLIB_VERSION"] = new PyStr("1.3.1");
        d["ZLIB_RUNTIME_VERSION"] = new PyStr("1.3.1");
        d["crc32"] = Def.Func("crc32", (a, kw) =>
            PyInt.From(BinasciiCore.Crc32(BinasciiCore.Bytes(a[0], "crc32"), a.Length > 1 ? (uint)(((PyInt)a[1]).AsBig & 0xFFFFFFFF) : 0)));
        d["adler32"] = Def.Func("adler32", (a, kw) =>
            PyInt.From(BinasciiCore.Adler32(BinasciiCore.Bytes(a[0], "adler32"), a.Length > 1 ? (uint)(((PyInt)a[1]).AsBig & 0xFFFFFFFF) : 1)));
        d["compress"] = Def.Func("compress", (a, kw) =>
        {
            if (a.Length == 0) throw Err.Type("compress() missing required argument 'data' (pos 1)");
            return new PyBytes(Compress(BinasciiCore.Bytes(a[0], "compress"), IntArg(a, kw, 1, "level", -1), IntArg(a, kw, 2, "wbits", 15)));
        });
        d["decompress"] = Def.Func("decompress", (a, kw) =>
        {
            if (a.Length == 0) throw Err.Type("decompress() missing required argument 'data' (pos 1)");
            var (outp, complete, _) = Inflate(BinasciiCore.Bytes(a[0], "decompress"), IntArg(a, kw, 1, "wbits", 15));
            if (!complete) throw Error("Error -5 while decompressing data: incomplete or truncated stream");
            return new PyBytes(outp);
        });
        d["compressobj"] = Def.Func("compressobj", (a, kw) =>
        {
            int level = IntArg(a, kw, 0, "level", -1), wbits = IntArg(a, kw, 2, "wbits", 15);
            Level(level);
            FormatOf(wbits);
            return new Stream_(compType!) { Level = level, Wbits = wbits };
        });
        d["decompressobj"] = Def.Func("decompressobj", (a, kw) => new Stream_(decompType!) { Wbits = IntArg(a, kw, 0, "wbits", 15) });
        return m;
    }

    static PyObject Decompress(Stream_ s, byte[] data)
    {
        if (s.Finished)
        {
            s.Unused = [.. s.Unused, .. data];
            return new PyBytes([]);
        }
        s.Input.Write(data);
        var all = s.Input.ToArray();
        var (outp, complete, end) = Inflate(all, s.Wbits);
        var fresh = outp[s.Returned..];
        s.Returned = outp.Length;
        if (complete && FormatOf(s.Wbits is 0 or 32 or (>= 40 and <= 47) ? 15 : s.Wbits) != Format.Raw)
        {
            s.Finished = true;
            s.Unused = all[end..];
        }
        return new PyBytes(fresh);
    }
}

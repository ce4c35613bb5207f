using System.Text;

namespace Pytk.Vm.BuiltinTypes.IO;

/// <summary>A text or binary file: sys.stdout/stderr/stdin and the result of open().</summary>
public sealed class PyFile : PyObject
{
    readonly TextWriter? writer;
    readonly TextReader? reader;
    readonly Stream? stream;
    public readonly string Name, Mode;
    bool closed;
    /// <summary>open()'s newline: null (the default) ends lines at "\n", "\r" or "\r\n" and reads each as "\n";
    /// "" ends them at any of the three and keeps them; "\n", "\r" or "\r\n" ends them only there.</summary>
    string? newline;

    public PyFile(string name, string mode, TextWriter? w = null, TextReader? r = null, Stream? s = null) : base(Types.File)
    {
        Name = name; Mode = mode; writer = w; reader = r; stream = s;
    }

    bool Binary => Mode.Contains('b');

    public void Write(string s)
    {
        if (closed) throw Err.Value("I/O operation on closed file.");
        if (writer is null) throw Err.New(ExcTypes.All["OSError"], "not writable");
        writer.Write(s);
    }

    public void Flush() => writer?.Flush();

    /// <summary>An update-mode ("+") text file writes and reads one stream: what was written is flushed before a
    /// read or a seek.</summary>
    void SyncForRead() { if (reader is not null && writer is not null) writer.Flush(); }

    /// <summary>The next line (with its ending, translated by the newline mode), "" at the end of the file.</summary>
    string ReadLine()
    {
        var sb = new StringBuilder();
        int c;
        SyncForRead();
        while ((c = reader!.Read()) >= 0)
        {
            if (c == '\r' && newline is null or "")
            {
                if (reader.Peek() == '\n') { reader.Read(); sb.Append(newline is null ? "\n" : "\r\n"); }
                else sb.Append(newline is null ? '\n' : '\r');
                break;
            }
            sb.Append((char)c);
            if (c == '\n' && newline is not ("\r" or "\r\n")) break;
            if (c == '\r' && newline == "\r") break;
            if (c == '\n' && newline == "\r\n" && sb.Length > 1 && sb[^2] == '\r') break;
        }
        return sb.ToString();
    }

    Stream? BaseStream => stream ?? (reader as StreamReader)?.BaseStream ?? (writer as StreamWriter)?.BaseStream;

    public static PyObject Open(PyObject[] a, KwArgs? kw)
    {
        var file = Def.Arg(a, kw, 0, "file") ?? throw Err.Type("open() missing required argument 'file' (pos 1)");
        string path = Ops.Str(file);
        string mode = Def.Arg(a, kw, 1, "mode") is { } m ? Ops.Str(m) : "r";
        var encName = Def.Arg(a, kw, 3, "encoding");
        string? newline = Def.Arg(a, kw, 5, "newline") is { } nl and not PyNone ? Ops.Str(nl) : null;
        if (newline is not (null or "" or "\n" or "\r" or "\r\n")) throw Err.Value($"illegal newline value: {newline}");
        // UTF-8 without a byte-order mark, as CPython writes it (.NET's Encoding.UTF8 would write one)
        var enc = encName is null or PyNone || Codecs.Canonical(Ops.Str(encName)) == "utf-8" ? new UTF8Encoding(false)
            : Encoding.GetEncoding(Ops.Str(encName));
        try
        {
            if (mode.Contains('r'))
            {
                if (!File.Exists(path))
                    throw new PyException(Err.NewValue(Directory.Exists(path) ? ExcTypes.All["IsADirectoryError"] : ExcTypes.FileNotFoundError,
                        PyInt.From(Directory.Exists(path) ? 21 : 2), new PyStr(Directory.Exists(path) ? "Is a directory" : "No such file or directory"), new PyStr(path)));
                if (mode.Contains('+'))
                    return Update(path, mode, new FileStream(path, FileMode.Open, FileAccess.ReadWrite), enc, newline);
                var fs = File.OpenRead(path);
                return mode.Contains('b') ? new PyFile(path, mode, s: fs) : new PyFile(path, mode, r: new StreamReader(fs, enc)) { newline = newline };
            }
            var fm = mode.Contains('a') ? FileMode.Append : mode.Contains('x') ? FileMode.CreateNew : FileMode.Create;
            if (mode.Contains('+'))
            {
                var us = new FileStream(path, fm == FileMode.Append ? FileMode.OpenOrCreate : fm, FileAccess.ReadWrite);
                if (fm == FileMode.Append) us.Seek(0, SeekOrigin.End);
                return Update(path, mode, us, enc, newline);
            }
            var ws = new FileStream(path, fm, FileAccess.Write);
            return mode.Contains('b') ? new PyFile(path, mode, s: ws) : new PyFile(path, mode, w: new StreamWriter(ws, enc));
        }
        catch (DirectoryNotFoundException)
        {
            throw new PyException(Err.NewValue(ExcTypes.FileNotFoundError, PyInt.From(2), new PyStr("No such file or directory"), new PyStr(path)));
        }
        catch (UnauthorizedAccessException)
        {
            throw new PyException(Err.NewValue(ExcTypes.All["PermissionError"], PyInt.From(13), new PyStr("Permission denied"), new PyStr(path)));
        }
    }

    static PyFile Update(string path, string mode, FileStream fs, Encoding enc, string? newline) =>
        mode.Contains('b') ? new PyFile(path, mode, s: fs)
            : new PyFile(path, mode, w: new StreamWriter(fs, enc), r: new StreamReader(fs, enc)) { newline = newline };

    static PyFile Fl(PyObject o) => (PyFile)o;

    public static void Register()
    {
        var t = Types.File;
        Def.M1(t, "write", (o, s) =>
        {
            var f = Fl(o);
            if (f.Binary) { var b = NativeModules.BinasciiCore.Bytes(s, "write"); f.stream!.Write(b); return PyInt.From(b.Length); }
            if (s is not PyStr ss) throw Err.Type($"write() argument must be str, not {s.Type.Name}");
            f.Write(ss.Value);
            return PyInt.From(ss.Length);
        });
        Def.M1(t, "writelines", (o, lines) => { foreach (var l in Ops.Enumerate(lines)) Fl(o).Write(Ops.Str(l)); return Py.None; });
        Def.M0(t, "flush", o => { Fl(o).Flush(); return Py.None; });
        Def.Method(t, "read", (a, kw) =>
        {
            var f = Fl(a[0]);
            if (f.closed) throw Err.Value("I/O operation on closed file.");
            if (f.Binary)
            {
                var size = Def.Arg(a, kw, 1, "size");
                if (size is not null and not PyNone && Ops.IndexInt(size) is var n0 && n0 >= 0)
                {
                    var buf = new byte[n0];
                    int got = f.stream!.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
                    return new PyBytes(got == buf.Length ? buf : buf[..got]);
                }
                var ms = new MemoryStream(); f.stream!.CopyTo(ms); return new PyBytes(ms.ToArray());
            }
            if (f.reader is null) throw Err.New(ExcTypes.OSError, "not readable");
            f.SyncForRead();
            if (a.Length > 1 && a[1] is PyInt n && n.V >= 0)
            {
                var buf = new char[n.V]; int got = f.reader.ReadBlock(buf, 0, buf.Length);
                return new PyStr(new string(buf, 0, got));
            }
            var all = f.reader.ReadToEnd();
            return new PyStr(f.newline is null ? all.Replace("\r\n", "\n").Replace('\r', '\n') : all);
        });
        Def.Method(t, "readline", (a, kw) =>
        {
            var f = Fl(a[0]);
            if (f.closed) throw Err.Value("I/O operation on closed file.");
            if (f.Binary)
            {
                var bytes = new List<byte>();
                int b;
                while ((b = f.stream!.ReadByte()) >= 0) { bytes.Add((byte)b); if (b == '\n') break; }
                return new PyBytes(bytes.ToArray());
            }
            if (f.reader is null) throw Err.New(ExcTypes.OSError, "not readable");
            return new PyStr(f.ReadLine());
        });
        Def.Method(t, "seek", (a, kw) =>
        {
            var f = Fl(a[0]);
            if (f.closed) throw Err.Value("I/O operation on closed file.");
            f.writer?.Flush();
            var st = f.BaseStream;
            if (st is null || !st.CanSeek) throw Err.New(ExcTypes.OSError, "underlying stream is not seekable");
            long off = Ops.IndexInt(a.Length > 1 ? a[1] : throw Err.Type("seek() takes at least 1 argument (0 given)"));
            int whence = a.Length > 2 ? Ops.IndexInt(a[2]) : 0;
            if (whence is < 0 or > 2) throw Err.Value($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (!f.Binary && (whence != 0 && off != 0)) throw Err.New(ExcTypes.OSError, "can't do nonzero cur-relative seeks");
            if (whence == 0 && off < 0) throw Err.Value($"negative seek position {off}");
            long pos = st.Seek(off, whence switch { 1 => SeekOrigin.Current, 2 => SeekOrigin.End, _ => SeekOrigin.Begin });
            (f.reader as StreamReader)?.DiscardBufferedData();
            return PyInt.From(pos);
        });
        Def.M0(t, "tell", o =>
        {
            var f = Fl(o);
            if (f.closed) throw Err.Value("I/O operation on closed file.");
            f.writer?.Flush();
            if (f.BaseStream is { CanSeek: true } s) return PyInt.From(s.Position);
            throw Err.New(ExcTypes.OSError, "underlying stream is not seekable");
        });
        Def.M0(t, "seekable", o => Py.Bool(Fl(o).BaseStream is { CanSeek: true }));
        Def.M0(t, "readable", o => Py.Bool(Fl(o).reader is not null || Fl(o).stream is { CanRead: true }));
        Def.M0(t, "writable", o => Py.Bool(Fl(o).writer is not null || Fl(o).stream is { CanWrite: true }));
        Def.M0(t, "readlines", o => new PyList(Lines(Fl(o)).Select(l => (PyObject)new PyStr(l))));
        Def.M0(t, "__iter__", o => new EnumerableIterator(Lines(Fl(o)).Select(l => (PyObject)new PyStr(l))));
        Def.M0(t, "__next__", o => { var l = Ops.Call(Ops.GetAttr(o, "readline")); return Ops.Truth(l) ? l : throw Err.StopIteration(); });
        Def.M0(t, "close", o => { var f = Fl(o); if (!f.closed && f.Name is not ("<stdout>" or "<stderr>" or "<stdin>")) { f.writer?.Dispose(); f.reader?.Dispose(); f.stream?.Dispose(); f.closed = true; } return Py.None; });
        Def.M0(t, "__enter__", o => o);
        Def.Method(t, "__exit__", (a, kw) => { Ops.Call(Ops.GetAttr(a[0], "close")); return Py.False; });
        Def.M0(t, "fileno", o => PyInt.From(Fl(o).Name switch { "<stdin>" => 0, "<stdout>" => 1, "<stderr>" => 2, _ => 3 }));
        Def.M0(t, "isatty", o => Py.False);
        Def.Prop(t, "name", o => new PyStr(Fl(o).Name));
        Def.Prop(t, "mode", o => new PyStr(Fl(o).Mode));
        Def.Prop(t, "closed", o => Py.Bool(Fl(o).closed));
        Def.M0(t, "__repr__", o => new PyStr($"<_io.TextIOWrapper name='{Fl(o).Name}' mode='{Fl(o).Mode}' encoding='utf-8'>"));
    }

    static IEnumerable<string> Lines(PyFile f)
    {
        if (f.reader is null) throw Err.New(ExcTypes.OSError, "not readable");
        for (string line; (line = f.ReadLine()).Length > 0;) yield return line;
    }
}

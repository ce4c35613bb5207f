namespace Pytk.Vm.Import;

/// <summary>
/// The `__pycache__` cache: source file → code object, through DIR/__pycache__/NAME.pytk-313[.opt-TAG].pyc when
/// that file is valid for the source (importlib's SourceLoader.get_code). Reading never fails the caller: a
/// missing, foreign, truncated, corrupt or stale file is ignored and rewritten; writes go to a temporary file
/// renamed over the old one (two processes racing both write a whole file, one wins); a folder that cannot be
/// written is skipped silently.
/// </summary>
public static class CodeCache
{
    /// <summary>sys.implementation.cache_tag's counterpart: pytk's files never collide with CPython's.</summary>
    public const string CacheTag = "pytk-313";

    // The settings are the calling thread's runtime's (PythonRuntime.CacheWriteEnabled, CacheLog, Compiler).

    /// <summary>False with `-B` or PYTKDONTWRITEBYTECODE (also sys.dont_write_bytecode = True at run time).</summary>
    public static bool WriteEnabled { get => PythonRuntime.Current.CacheWriteEnabled; set => PythonRuntime.Current.CacheWriteEnabled = value; }

    /// <summary>Where `# ...` lines about each cache decision go (PYTKVERBOSE, like python -v); null: silent.</summary>
    public static TextWriter? Log { get => PythonRuntime.Current.CacheLog; set => PythonRuntime.Current.CacheLog = value; }

    /// <summary>Host-supplied part of the toolchain stamp: the parts of pytk the VM cannot see (parser, passes).</summary>
    public static ulong HostStamp => PythonRuntime.Current.Compiler?.ToolchainStamp ?? 0;

    static ulong? vmStamp;

    /// <summary>Identifies the compiler that wrote a file; a rebuilt pytk recompiles rather than trust old output.</summary>
    public static ulong Toolchain(ulong extra)
    {
        vmStamp ??= Hash64.Of(
            [.. typeof(CodeCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray(),
             .. typeof(Pytk.Syntax.Module).Assembly.ManifestModule.ModuleVersionId.ToByteArray(),
             .. typeof(Symtable).Assembly.ManifestModule.ModuleVersionId.ToByteArray()], 1);
        return vmStamp.Value ^ HostStamp * 31 ^ extra * 17;
    }

    /// <summary>importlib.util.cache_from_source: DIR/__pycache__/NAME.pytk-313[.opt-TAG].pyc.</summary>
    public static string CachePath(string source, string? optTag = null)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".";
        string name = Path.GetFileNameWithoutExtension(source);
        return Path.Combine(dir, "__pycache__", $"{name}.{CacheTag}{(optTag is null ? "" : ".opt-" + optTag)}.pyc");
    }

    static bool WriteAllowed =>
        WriteEnabled && !(Runtime.Sys.Dict?.GetValueOrDefault("dont_write_bytecode") is PyBool { Value: true });

    /// <summary>
    /// The code of SOURCE: from its cache file when valid, else compiled by <paramref name="compile"/> (whose
    /// exceptions, e.g. a SyntaxError, propagate; nothing is written then) and written back.
    /// <paramref name="stamp"/> is folded into the toolchain stamp (e.g. the pass pipeline's passes).
    /// </summary>
    public static CodeObject GetCode(string source, string? optTag, Func<byte[], CodeObject> compile, ulong stamp = 0)
    {
        var info = new FileInfo(source);
        ulong mtime = (ulong)info.LastWriteTimeUtc.Ticks, size = (ulong)info.Length;
        string pyc = CachePath(source, optTag);
        ulong toolchain = Toolchain(stamp);
        byte[]? src = null;
        var mode = InvalidationMode.Timestamp;
        if (TryReadFile(pyc) is { } file)
        {
            if (PycFormat.ReadHeader(file, out string? problem) is not { } h) Say($"# rejected '{pyc}': {problem}");
            else if (h.Toolchain != toolchain) Say($"# bytecode is stale for '{source}' (compiled by another pytk build)");
            else
            {
                mode = h.Mode;
                bool fresh = h.Mode switch
                {
                    InvalidationMode.Timestamp => h.MtimeOrHash == mtime && h.Size == size,
                    InvalidationMode.CheckedHash => Hash64.Of(src = File.ReadAllBytes(source), PycFormat.SourceSeed) == h.MtimeOrHash,
                    _ => true,
                };
                if (!fresh) Say($"# bytecode is stale for '{source}'");
                else if (TryDeserialize(file, source, pyc) is { } cached)
                {
                    Say($"# code object from '{pyc}'");
                    return cached;
                }
            }
        }
        src ??= File.ReadAllBytes(source);
        var code = compile(src);
        if (WriteAllowed) Write(pyc, code, mode, src, mtime, toolchain);
        return code;
    }

    /// <summary>Folder for the cache files of the modules shipped inside pytk (their source is not a file beside
    /// which a __pycache__ could go): PYTKCACHEDIR, else $XDG_CACHE_HOME/pytk, else ~/.cache/pytk.</summary>
    public static string? ShippedDir()
    {
        if (Environment.GetEnvironmentVariable("PYTKCACHEDIR") is { Length: > 0 } d) return d;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return !string.IsNullOrEmpty(xdg) ? Path.Combine(xdg, "pytk") : home.Length > 0 ? Path.Combine(home, ".cache", "pytk") : null;
    }

    /// <summary>
    /// The code of a module shipped inside pytk: cached in <see cref="ShippedDir"/> as NAME.pytk-313.pyc, checked
    /// against a hash of the embedded source (there is no file to take an mtime from), so a pytk with other
    /// shipped sources or another compiler recompiles. The source lines are attached for tracebacks.
    /// </summary>
    public static CodeObject GetShippedCode(string name, string text, string filename, Func<CodeObject> compile)
    {
        var src = System.Text.Encoding.UTF8.GetBytes(text);
        ulong hash = Hash64.Of(src, PycFormat.SourceSeed), toolchain = Toolchain(0);
        string? dir = ShippedDir();
        string? pyc = dir is null ? null : Path.Combine(dir, "lib", $"{name}.{CacheTag}.pyc");
        if (pyc is not null && TryReadFile(pyc) is { } file && PycFormat.ReadHeader(file, out _) is { HashBased: true } h
            && h.MtimeOrHash == hash && h.Toolchain == toolchain && TryDeserialize(file, filename, pyc) is { } cached)
        {
            Say($"# code object from '{pyc}'");
            SetSourceLines(cached, text.Replace("\r\n", "\n").Split('\n'));
            return cached;
        }
        var code = compile();
        if (pyc is not null && WriteAllowed) Write(pyc, code, InvalidationMode.CheckedHash, src, 0, toolchain);
        return code;
    }

    static void SetSourceLines(CodeObject c, string[] lines)
    {
        c.SourceLines = lines;
        foreach (var k in c.Consts) if (k is CodeObject inner) SetSourceLines(inner, lines);
    }

    /// <summary>compileall's "already compiled" test: PYC is valid for SOURCE, written in MODE by this toolchain.</summary>
    public static bool UpToDate(string source, string pyc, InvalidationMode mode, ulong toolchain)
    {
        if (TryReadFile(pyc) is not { } file || PycFormat.ReadHeader(file, out _) is not { } h) return false;
        if (h.Toolchain != toolchain || h.Mode != mode) return false;
        var info = new FileInfo(source);
        if (mode == InvalidationMode.Timestamp) return h.MtimeOrHash == (ulong)info.LastWriteTimeUtc.Ticks && h.Size == (ulong)info.Length;
        return Hash64.Of(File.ReadAllBytes(source), PycFormat.SourceSeed) == h.MtimeOrHash;
    }

    static byte[]? TryReadFile(string path)
    {
        try { return File.Exists(path) ? File.ReadAllBytes(path) : null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    static CodeObject? TryDeserialize(byte[] file, string source, string pyc)
    {
        try { return CodeReader.Deserialize(file, PycFormat.HeaderSize, source); }
        catch (Exception e) when (e is BadPycException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            Say($"# rejected '{pyc}': {e.Message}");
            return null;
        }
    }

    /// <summary>Writes CODE as the cache file PYC for a source with these bytes (and mtime); false if it could not be.</summary>
    public static bool Write(string pyc, CodeObject code, InvalidationMode mode, byte[] src, ulong mtime, ulong toolchain)
    {
        byte[] body;
        try { body = CodeWriter.Serialize(code); }
        catch (UnsupportedConstException e)
        {
            Say($"# not cached: {e.Message}");
            return false;
        }
        ulong key = mode == InvalidationMode.Timestamp ? mtime : Hash64.Of(src, PycFormat.SourceSeed);
        var file = PycFormat.Build(mode, key, (ulong)src.Length, toolchain, body);
        string? tmp = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(pyc)!);
            tmp = $"{pyc}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(tmp, file);
            File.Move(tmp, pyc, overwrite: true);
            Say($"# wrote '{pyc}'");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            if (tmp is not null) try { File.Delete(tmp); } catch (Exception d) when (d is IOException or UnauthorizedAccessException) { }
            Say($"# could not write '{pyc}': {e.Message}");
            return false;
        }
    }

    /// <summary>`pytk run/dis FILE.pyc`: the code in a cache file, whatever its source's state; <see cref="BadPycException"/> if unusable.</summary>
    public static CodeObject LoadFile(string pyc)
    {
        var file = File.ReadAllBytes(pyc);
        if (PycFormat.ReadHeader(file, out string? problem) is null) throw new BadPycException(problem!);
        try { return CodeReader.Deserialize(file, PycFormat.HeaderSize); }
        catch (Exception e) when (e is OverflowException or ArgumentException or IndexOutOfRangeException) { throw new BadPycException(e.Message); }
    }

    /// <summary>True if FILE starts with pytk's magic (so `run` treats it as a cache file whatever its name).</summary>
    public static bool LooksLikePyc(string path)
    {
        try
        {
            using var f = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            return f.Read(head) == 4 && head[2] == '\r' && head[3] == '\n' && (head[0] | head[1] << 8) == PycFormat.Magic;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    static void Say(string line)
    {
        if (Log is { } w) lock (w) w.WriteLine(line);
    }
}

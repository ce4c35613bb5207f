namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_os`: the file-system and process primitives under the shipped os.py (which does os.path's string work in
/// Python, as posixpath does). Failures become OSError subclasses with CPython's errno, strerror and filename.
/// </summary>
public static class OsCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_os");
        var d = m.Dict!;
        void F(string name, BuiltinFn f) => d[name] = Def.Func(name, f);
        static string P(PyObject[] a, int i = 0) => Ops.Str(a[i]);

        F("getcwd", (a, kw) => new PyStr(Directory.GetCurrentDirectory()));
        F("chdir", (a, kw) =>
        {
            string p = P(a);
            if (!Directory.Exists(p)) throw File.Exists(p) ? Fail(20, p) : Fail(2, p);
            Directory.SetCurrentDirectory(p);
            return Py.None;
        });
        F("listdir", (a, kw) =>
        {
            string p = P(a);
            if (!Directory.Exists(p)) throw File.Exists(p) ? Fail(20, p) : Fail(2, p);
            return new PyList(Directory.EnumerateFileSystemEntries(p).Select(e => (PyObject)new PyStr(Path.GetFileName(e))).ToList());
        });
        F("exists", (a, kw) => Py.Bool(File.Exists(P(a)) || Directory.Exists(P(a))));
        F("isfile", (a, kw) => Py.Bool(File.Exists(P(a))));
        F("isdir", (a, kw) => Py.Bool(Directory.Exists(P(a))));
        F("islink", (a, kw) => Py.Bool(new FileInfo(P(a)).LinkTarget is not null));
        F("getsize", (a, kw) =>
        {
            string p = P(a);
            if (File.Exists(p)) return PyInt.From(new FileInfo(p).Length);
            if (Directory.Exists(p)) return PyInt.From(4096);
            throw Fail(2, p);
        });
        F("getmtime", (a, kw) =>
        {
            string p = P(a);
            if (!File.Exists(p) && !Directory.Exists(p)) throw Fail(2, p);
            return new PyFloat((File.GetLastWriteTimeUtc(p) - DateTime.UnixEpoch).TotalSeconds);
        });
        F("mkdir", (a, kw) =>
        {
            string p = P(a);
            if (File.Exists(p) || Directory.Exists(p)) throw Fail(17, p);
            string? parent = Path.GetDirectoryName(Path.GetFullPath(p));
            if (parent is not null && !Directory.Exists(parent)) throw Fail(2, p);
            Directory.CreateDirectory(p);
            return Py.None;
        });
        F("remove", (a, kw) =>
        {
            string p = P(a);
            if (Directory.Exists(p)) throw Fail(21, p);
            if (!File.Exists(p)) throw Fail(2, p);
            File.Delete(p);
            return Py.None;
        });
        F("rmdir", (a, kw) =>
        {
            string p = P(a);
            if (File.Exists(p)) throw Fail(20, p);
            if (!Directory.Exists(p)) throw Fail(2, p);
            if (Directory.EnumerateFileSystemEntries(p).Any()) throw Fail(39, p);
            Directory.Delete(p);
            return Py.None;
        });
        F("rename", (a, kw) =>
        {
            string s = P(a), t = P(a, 1);
            if (Directory.Exists(s)) Directory.Move(s, t);
            else if (File.Exists(s)) File.Move(s, t, overwrite: true);
            else throw Fail(2, s);
            return Py.None;
        });
        F("environ", (a, kw) =>
        {
            var env = new PyDict();
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                env.Set(new PyStr((string)e.Key), new PyStr((string?)e.Value ?? ""));
            return env;
        });
        F("putenv", (a, kw) => { Environment.SetEnvironmentVariable(P(a), P(a, 1)); return Py.None; });
        F("unsetenv", (a, kw) => { Environment.SetEnvironmentVariable(P(a), null); return Py.None; });
        F("getpid", (a, kw) => PyInt.From(Environment.ProcessId));
        // stat(path, follow): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) as os.stat_result's items
        F("stat", (a, kw) =>
        {
            string p = P(a);
            bool follow = a.Length < 2 || Ops.Truth(a[1]);
            FileSystemInfo fi = Directory.Exists(p) ? new DirectoryInfo(p) : new FileInfo(p);
            bool link = fi.LinkTarget is not null;
            if (!fi.Exists && !link) throw Fail(2, p);
            if (follow && link) fi = fi.ResolveLinkTarget(true) ?? fi;
            if (follow && !fi.Exists) throw Fail(2, p);
            int type = !follow && link ? 0xA000 : fi is DirectoryInfo ? 0x4000 : 0x8000;
            int perm = OperatingSystem.IsWindows() ? 0x1B6 : (int)fi.UnixFileMode;
            long size = fi is FileInfo f && !(link && !follow) ? f.Length : 4096;
            static PyObject T(DateTime t) => new PyFloat((t - DateTime.UnixEpoch).Ticks / 1e7);
            return PyTuple.Of(PyInt.From(type | perm), PyInt.From(0), PyInt.From(0), PyInt.From(1), PyInt.From(0), PyInt.From(0),
                PyInt.From(size), T(fi.LastAccessTimeUtc), T(fi.LastWriteTimeUtc), T(fi.LastWriteTimeUtc));
        });
        F("chmod", (a, kw) =>
        {
            string p = P(a);
            if (!File.Exists(p) && !Directory.Exists(p)) throw Fail(2, p);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(p, (UnixFileMode)(Ops.IndexInt(a[1]) & 0xFFF));
            return Py.None;
        });
        F("symlink", (a, kw) => { File.CreateSymbolicLink(P(a, 1), P(a)); return Py.None; });
        F("readlink", (a, kw) => new FileInfo(P(a)).LinkTarget is { } t ? new PyStr(t) : throw Fail(22, P(a)));
        F("cpu_count", (a, kw) => PyInt.From(Environment.ProcessorCount));
        F("urandom", (a, kw) =>
        {
            if (a.Length != 1) throw Err.Type($"urandom() takes exactly one argument ({a.Length} given)");
            var n = Ops.Index(a[0]).AsBig;
            if (n < 0) throw Err.Value("negative argument not allowed");
            return new PyBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)n));
        });
        // uname(): (sysname, nodename, release, version, machine), as uname(2) gives them
        F("uname", (a, kw) =>
        {
            static string Kernel(string name)
            {
                try { return File.ReadAllText("/proc/sys/kernel/" + name).Trim(); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return ""; }
            }
            string machine = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
            {
                System.Runtime.InteropServices.Architecture.X64 => "x86_64",
                System.Runtime.InteropServices.Architecture.Arm64 => "aarch64",
                System.Runtime.InteropServices.Architecture.X86 => "i686",
                System.Runtime.InteropServices.Architecture.Arm => "armv7l",
                var other => other.ToString().ToLowerInvariant(),
            };
            string sysname = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "Darwin" : Environment.OSVersion.Platform.ToString();
            string node = Kernel("hostname") is { Length: > 0 } h ? h : Environment.MachineName;
            return PyTuple.Of(new PyStr(sysname), new PyStr(node), new PyStr(Kernel("osrelease")), new PyStr(Kernel("version")), new PyStr(machine));
        });
        return m;
    }

    static readonly Dictionary<int, (string Type, string Text)> Errnos = new()
    {
        [2] = ("FileNotFoundError", "No such file or directory"),
        [13] = ("PermissionError", "Permission denied"),
        [17] = ("FileExistsError", "File exists"),
        [20] = ("NotADirectoryError", "Not a directory"),
        [21] = ("IsADirectoryError", "Is a directory"),
        [22] = ("OSError", "Invalid argument"),
        [39] = ("OSError", "Directory not empty"),
    };

    static PyException Fail(int errno, string path)
    {
        var (type, text) = Errnos[errno];
        return new PyException(Err.NewValue(ExcTypes.All[type], PyInt.From(errno), new PyStr(text), new PyStr(path)));
    }
}

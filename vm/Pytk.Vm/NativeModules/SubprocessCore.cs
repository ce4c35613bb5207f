using System.Diagnostics;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// `_subprocess`: runs a child process to completion on .NET's process API, under the shipped subprocess.py
/// (Popen, run, check_output...). run(argv, cwd, env, input, out, err, timeout): out/err are 0 (inherit),
/// 1 (capture), 2 (discard) and err may be 3 (into stdout); returns (returncode, stdout, stderr) with bytes or
/// None, or (None, partial stdout, partial stderr) when the timeout expired and the child was killed.
/// </summary>
public static class SubprocessCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_subprocess");
        m.Dict!["run"] = Def.Func("run", (a, kw) =>
        {
            var argv = Ops.Enumerate(a[0]).Select(Ops.Str).ToList();
            var psi = new ProcessStartInfo(argv[0]) { UseShellExecute = false };
            foreach (var arg in argv.Skip(1)) psi.ArgumentList.Add(arg);
            if (a[1] is not PyNone) psi.WorkingDirectory = Ops.Str(a[1]);
            if (a[2] is PyDict env)
            {
                psi.Environment.Clear();
                foreach (var (k, v) in env.Items()) psi.Environment[Ops.Str(k)] = Ops.Str(v);
            }
            byte[]? input = a[3] is PyBytes b ? b.Value : null;
            int outMode = Ops.IndexInt(a[4]), errMode = Ops.IndexInt(a[5]);
            double? timeout = a[6] is PyNone ? null : NumberMethods.ToDouble(a[6]);
            psi.RedirectStandardInput = input is not null;
            psi.RedirectStandardOutput = outMode != 0 || errMode == 3;
            psi.RedirectStandardError = errMode != 0;
            Process p;
            try { p = Process.Start(psi) ?? throw new IOException("cannot start " + argv[0]); }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new PyException(Err.NewValue(ExcTypes.FileNotFoundError, PyInt.From(2), new PyStr(e.Message.Contains("No such file") || !File.Exists(argv[0]) ? "No such file or directory" : e.Message), new PyStr(argv[0])));
            }
            var outBuf = new MemoryStream();
            var errBuf = errMode == 3 ? outBuf : new MemoryStream();
            var readers = new List<Task>();
            if (psi.RedirectStandardOutput) readers.Add(CopyLocked(p.StandardOutput.BaseStream, outBuf));
            if (psi.RedirectStandardError) readers.Add(CopyLocked(p.StandardError.BaseStream, errBuf));
            if (input is not null)
            {
                try { p.StandardInput.BaseStream.Write(input); p.StandardInput.Close(); }
                catch (IOException) { }
            }
            bool done = timeout is null ? WaitAll(p, -1) : WaitAll(p, (int)(timeout.Value * 1000));
            if (!done)
            {
                try { p.Kill(true); } catch (InvalidOperationException) { }
                p.WaitForExit();
            }
            Task.WaitAll([.. readers]);
            var outObj = outMode == 1 || (outMode == 0 && errMode == 3) ? new PyBytes(outBuf.ToArray()) : Py.None;
            var errObj = errMode == 1 ? new PyBytes(errBuf.ToArray()) : Py.None;
            return PyTuple.Of(done ? PyInt.From(p.ExitCode) : Py.None, outObj, errObj);
        });
        return m;
    }

    static bool WaitAll(Process p, int ms)
    {
        if (!p.WaitForExit(ms)) return false;
        p.WaitForExit();
        return true;
    }

    static Task CopyLocked(Stream from, MemoryStream to) => Task.Run(() =>
    {
        var buf = new byte[8192];
        int n;
        while ((n = from.Read(buf, 0, buf.Length)) > 0)
            lock (to) to.Write(buf, 0, n);
    });
}

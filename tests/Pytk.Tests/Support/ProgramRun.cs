using Pytk.Vm;

namespace Pytk.Tests.Support;

/// <summary>
/// Runs `pytk ARGS` in process, in a runtime of its own, with a time limit. A program still running at the
/// limit is stopped, not abandoned: the runner asks its runtime to stop (<see cref="PythonRuntime.RequestStop"/>:
/// KeyboardInterrupt at the program's next backward jump), waits for it to unwind and only then reports the
/// timeout, so a runaway program cannot keep running beside the next tests.
/// </summary>
public static class ProgramRun
{
    /// <summary>What one corpus program may take; generous because the machine is shared, and because programs
    /// that recurse thousands of frames deep (the rel_* limits programs: 1–3 s alone) slow down many times over in
    /// this process while other tests allocate (every collection scans their deep stacks).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(180);

    /// <summary>How long a stopped program may take to unwind before the run is declared stuck.</summary>
    static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    public sealed record Outcome(CliRunner.Result? Result, string? Problem)
    {
        /// <summary>The result, or a test failure saying why there is none.</summary>
        public CliRunner.Result Value => Result ?? throw new Xunit.Sdk.XunitException(Problem);
    }

    public static Outcome Run(params string[] args) => Run(Limit, args);

    public static Outcome Run(TimeSpan limit, params string[] args) => RunWithInput(limit, "", args);

    public static Outcome RunWithInput(TimeSpan limit, string stdin, params string[] args)
    {
        CliRunner.Result? result = null;
        Exception? crash = null;
        var runtime = new PythonRuntime();
        var thread = new Thread(() =>
        {
            try { result = CliRunner.RunIn(runtime, stdin, args); }
            catch (Exception e) { crash = e; }
        }) { IsBackground = true, Name = "pytk " + string.Join(' ', args) };
        thread.Start();
        if (!thread.Join(limit))
        {
            runtime.RequestStop();
            bool stopped = thread.Join(Grace);
            return new(null, stopped
                ? $"timed out after {limit.TotalSeconds:0}s and was stopped"
                : $"timed out after {limit.TotalSeconds:0}s and did not stop within {Grace.TotalSeconds:0}s more");
        }
        if (crash is not null) return new(null, "crashed: " + crash);
        return new(result, null);
    }
}

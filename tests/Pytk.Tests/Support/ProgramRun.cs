namespace Pytk.Tests.Support;

/// <summary>
/// Runs `pytk ARGS` in process with a time limit. A program still running at the limit is stopped, not
/// abandoned: the runner asks its runtime to stop (<see cref="StopSeam"/>), waits for it to unwind and only
/// then reports the timeout, so a runaway program cannot keep running under the next test.
/// </summary>
public static class ProgramRun
{
    /// <summary>What one corpus program may take; generous because the machine is shared.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

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
        var thread = new Thread(() =>
        {
            try { result = CliRunner.RunWithInput(stdin, args); }
            catch (Exception e) { crash = e; }
        }) { IsBackground = true, Name = "pytk " + string.Join(' ', args) };
        thread.Start();
        if (!thread.Join(limit))
        {
            StopSeam.Stop();
            bool stopped = thread.Join(Grace);
            return new(null, stopped
                ? $"timed out after {limit.TotalSeconds:0}s and was stopped"
                : $"timed out after {limit.TotalSeconds:0}s and did not stop within {Grace.TotalSeconds:0}s more");
        }
        if (crash is not null) return new(null, "crashed: " + crash);
        return new(result, null);
    }
}

/// <summary>
/// The one place the tests ask a running program to stop. Today the VM has a single process-wide interrupt
/// flag (the one Ctrl-C sets): the program gets KeyboardInterrupt at its next backward jump. Tests that run
/// programs share the "vm" collection, so the flag cannot reach another test's program. When runtimes get
/// their own stop API, this is the line to change.
/// </summary>
public static class StopSeam
{
    public static void Stop() => Pytk.Vm.Exec.InterruptRequested = true;
}

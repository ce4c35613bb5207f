namespace Pytk.Passes;

/// <summary>
/// <c>--opt-bisect-limit N --bisect-unit change</c>: the changes of one pipeline run counted across its passes
/// (<see cref="PassContext.TryChange"/>); the first N are made, the rest refused (N = -1: all made). Each is
/// announced as LLVM's opt-bisect announces passes, so a script can halve N until it finds the change that
/// breaks a program: <c>BISECT: running change (3) constfold: binary operator at line 4</c>.
/// </summary>
internal sealed class ChangeBudget(int limit, TextWriter? log)
{
    public int Limit { get; } = limit;
    public int Used { get; set; }

    public bool Take(string pass, string what, int line)
    {
        int n = ++Used;
        bool run = Limit < 0 || n <= Limit;
        log?.WriteLine($"BISECT: {(run ? "running" : "NOT running")} change ({n}) {pass}: {what}{(line > 0 ? $" at line {line}" : "")}");
        return run;
    }
}

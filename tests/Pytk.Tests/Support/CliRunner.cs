using System.Text;
using Pytk.Cli;

namespace Pytk.Tests.Support;

/// <summary>Runs the `pytk` command in-process with captured streams.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunWithInput("", args);

    public static Result RunWithInput(string stdin, params string[] args) => RunIn(null, stdin, args);

    /// <summary>Runs a command in the given runtime (null: a new one, as the command line does).</summary>
    public static Result RunIn(PythonRuntime? runtime, string stdin, params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        int code = Program.Run(new CliContext(o, e, input, runtime), args);
        return new Result(code, o.ToString(), e.ToString());
    }

    /// <summary>The repository root, found from the test assembly's location.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

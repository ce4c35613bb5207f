using System.Text.RegularExpressions;
using Pytk.Syntax;
using Pytk.Vm;
using Pytk.Compiler.CodeGen;

namespace Pytk.Cli;

/// <summary>
/// The bytecode side of `pytk compare`: each pipeline's tree compiled by pytk's compiler, shown as `dis`
/// text and as static instruction counts per opcode (all code objects of the module, nested functions
/// included). BINARY_OP is counted per operator, since that is what strength reduction changes.
/// </summary>
static partial class CompareBytecode
{
    /// <summary>The module's code, or null with a one-line reason when pytk's compiler rejects the tree.</summary>
    public static CodeObject? Compile(ModNode tree, string path, string source, out string? why)
    {
        why = null;
        if (tree is not Module module) { why = "not a module"; return null; }
        try { return Grammar.SourceParser.OnBigStack(() => CodeGenerator.CompileModule(module, path, source)); }
        catch (CompileError e) { why = $"line {e.Line}: {e.Kind}: {e.Message}"; return null; }
    }

    /// <summary>The disassembly with code-object addresses blanked: they are allocation order, not content.</summary>
    public static string Dis(CodeObject code) => Address().Replace(PyCode.Disassemble(code), "at 0x…");

    [GeneratedRegex("at 0x[0-9a-f]+")]
    private static partial Regex Address();

    /// <summary>Instructions per opcode over the module and every code object nested in it.</summary>
    public static SortedDictionary<string, int> StaticCounts(CodeObject code)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var pending = new Stack<CodeObject>([code]);
        while (pending.Count > 0)
        {
            var c = pending.Pop();
            foreach (var ins in c.Code)
            {
                string key = ins.Op == Op.BINARY_OP ? $"BINARY_OP ({NbOpInfo.ArgRepr(ins.Arg)})" : OpTable.Info(ins.Op).Name;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            foreach (var k in c.Consts) if (k is CodeObject inner) pending.Push(inner);
        }
        return counts;
    }
}

/// <summary>
/// The dynamic side of `pytk compare --dynamic`: each pipeline's code run on pytk's VM with
/// <see cref="RunStats"/> on, its stdout and stderr captured, and the instructions executed per opcode.
/// </summary>
static class CompareDynamic
{
    public sealed record Outcome(int Status, string Stdout, string Stderr, SortedDictionary<string, int> Counts, long Instructions)
    {
        public bool SameBehaviour(Outcome other) => Status == other.Status && Stdout == other.Stdout && Stderr == other.Stderr;

        /// <summary>"stdout, exit status 0 -> 1": what differs from <paramref name="other"/>.</summary>
        public string Differences(Outcome other)
        {
            var parts = new List<string>();
            if (Stdout != other.Stdout) parts.Add("stdout differs");
            if (Stderr != other.Stderr) parts.Add("stderr differs");
            if (Status != other.Status) parts.Add($"exit status {Status} -> {other.Status}");
            return parts.Count == 0 ? "same" : string.Join(", ", parts);
        }
    }

    public static Outcome Run(CodeObject code, string path, PassOptions passes, byte[]? stdin, string[] argv)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        using var input = new MemoryStream(stdin ?? []);
        var ctx = new CliContext(stdout, stderr, input);
        var result = RunCommand.RunCompiled(ctx, code, path, argv, new HostOptions { Stats = true }, passes);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        if (result.Stats is { } s)
            foreach (var (op, n) in s.ByCount())
            {
                counts[OpTable.Info(op).Name] = (int)Math.Min(n, int.MaxValue);
                total += n;
            }
        return new Outcome(result.Status, stdout.ToString(), stderr.ToString(), counts, total);
    }
}

using Pytk.Cli;
using Pytk.Tests.Support;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>
/// The compiler against Code/Opcodes.def: every instruction it emits over the corpora and the shipped Lib/ has an
/// argument of the declared operand kind (in range of the table it indexes, 0 when the opcode declares none), jumps
/// go the declared way, and the declared stack effects give every instruction one depth on all paths, never
/// negative and within the code's co_stacksize. This is where a declaration that does not say what the compiler
/// emits shows (it found POP_TOP and GET_ITER, declared without an argument, carrying one).
/// </summary>
public class OpcodeDeclarationTests
{
    static IEnumerable<string> Sources()
    {
        string corpus = Path.Combine(CliRunner.RepoRoot, "tests", "corpus");
        return new[] { "programs", "modules", "dis", "tracebacks", "passes" }
            .SelectMany(area => Directory.GetFiles(Path.Combine(corpus, area), "*.py", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "vm", "Pytk.Vm", "Lib"), "*.py"))
            .Order(StringComparer.Ordinal);
    }

    static IEnumerable<CodeObject> AllCode(CodeObject c) =>
        new[] { c }.Concat(c.Consts.OfType<CodeObject>().SelectMany(AllCode));

    [Fact]
    public void CompiledCodeFollowsTheDeclarations()
    {
        var problems = new List<string>();
        int files = 0, instructions = 0;
        var seen = new HashSet<Op>();
        foreach (var path in Sources())
        {
            CodeObject module;
            try { module = PythonPipeline.Compile(File.ReadAllBytes(path), path); }
            catch (Exception) { continue; } // programs that test compile errors
            files++;
            foreach (var code in AllCode(module))
            {
                string where = $"{Path.GetFileName(path)}:{code.QualName}";
                for (int pc = 0; pc < code.Code.Length; pc++)
                {
                    instructions++;
                    seen.Add(code.Code[pc].Op);
                    if (OperandProblem(code, pc) is { } p) problems.Add($"{where} @{pc} {code.Code[pc].Op} {code.Code[pc].Arg}: {p}");
                }
                var depths = StackDepths.Compute(code);
                if (depths is null)
                    problems.Add($"{where}: the declared stack effects give an instruction two depths, or a negative one");
                else if (depths.Max() > code.StackSize)
                    problems.Add($"{where}: the declared effects reach depth {depths.Max()}, co_stacksize is {code.StackSize}");
            }
        }
        Assert.True(files > 500, $"only {files} files compiled");
        Assert.True(problems.Count == 0, $"{problems.Count} of {instructions} instructions disagree with Opcodes.def:\n" + string.Join("\n", problems.Take(40)));
        // The corpora exercise nearly every opcode; those they do not are named so the list stays short.
        var unused = Enum.GetValues<Op>().Where(op => !seen.Contains(op)).ToList();
        Assert.True(unused.Count <= 6, "opcodes no corpus compiles to: " + string.Join(", ", unused));
    }

    static string? OperandProblem(CodeObject code, int pc)
    {
        var ins = code.Code[pc];
        var info = OpTable.Info(ins.Op);
        int arg = ins.Arg;
        static string? Below(int arg, int limit, string table) => arg >= 0 && arg < limit ? null : $"not an index into {table} (size {limit})";
        return info.Operand switch
        {
            Operand.None => arg == 0 ? null : "the opcode is declared without an argument",
            Operand.Flag => arg is 0 or 1 ? null : "a flag is 0 or 1",
            Operand.Int => arg >= 0 ? null : "negative count",
            Operand.Const => Below(arg, code.Consts.Length, "co_consts"),
            Operand.Name => Below(arg, code.Names.Length, "co_names"),
            Operand.Local => Below(arg, code.VarNames.Length, "co_varnames"),
            Operand.Deref => Below(arg, code.CellVars.Length + code.FreeVars.Length, "the cells"),
            Operand.Jump => arg < 0 || arg >= code.Code.Length ? "jump target out of the code"
                : (info.Flags & OpFlags.Forward) != 0 && arg <= pc ? "declared forward, jumps back"
                : (info.Flags & OpFlags.Backward) != 0 && arg > pc ? "declared backward, jumps forward"
                : null,
            Operand.BinOp => Below(arg, 2 * NbOpInfo.Symbol.Length, "the binary operators"),
            Operand.Compare => Below(arg, CmpOpInfo.Symbol.Length, "the comparisons"),
            Operand.Invert => arg is 0 or 1 ? null : "invert is 0 or 1",
            Operand.Format => arg is >= 1 and <= 3 ? null : "a conversion is 1, 2 or 3",
            Operand.Flags => arg is 1 or 2 or 4 or 8 ? null : "one function attribute: 1, 2, 4 or 8",
            Operand.Intrinsic1 => arg > 0 ? Below(arg, Intrinsics.Names1.Length, "the intrinsics") : "intrinsic 0 is invalid",
            Operand.Intrinsic2 => arg > 0 ? Below(arg, Intrinsics.Names2.Length, "the intrinsics") : "intrinsic 0 is invalid",
            _ => $"operand kind {info.Operand} has no check here",
        };
    }
}

using System.Reflection;
using Pytk.Tests.Support;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>The opcode table is the one description: every opcode needs a row, a handler and a dispatch case.</summary>
public class OpcodeTableTests
{
    [Fact]
    public void EveryOpcodeHasATableRow()
    {
        foreach (var op in Enum.GetValues<Op>())
            Assert.True(OpTable.ByOp[(int)op] is not null, $"{op} has no row in OpTable");
        Assert.Equal(Enum.GetValues<Op>().Length, OpTable.Rows.Length);
    }

    [Fact]
    public void EveryOpcodeHasAHandlerWithTheRightShape()
    {
        var methods = typeof(Exec).GetMethods(BindingFlags.Public | BindingFlags.Static).ToLookup(m => m.Name);
        foreach (var op in Enum.GetValues<Op>())
        {
            var m = methods[op.ToString()].SingleOrDefault();
            Assert.True(m is not null, $"{op} has no handler Exec.{op}");
            var ps = m!.GetParameters();
            Assert.Equal(typeof(Frame), ps[0].ParameterType);
            bool isJump = OpTable.Info(op).IsJump;
            Assert.True(isJump ? ps.Length == 3 : ps.Length == 2, $"{op}: jumps take (frame, arg, next), others (frame, arg)");
        }
    }

    [Fact]
    public void TheSwitchLoopDispatchesEveryOpcodeToItsHandler()
    {
        var loop = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "vm", "Pytk.Vm", "Runtime", "Loop.cs"));
        foreach (var op in Enum.GetValues<Op>())
            Assert.Contains($"case Op.{op}: ", loop);
        foreach (var op in Enum.GetValues<Op>())
            Assert.True(loop.Contains($"Exec.{op}(") || RoutedWithoutThrow.TryGetValue(op, out var form) && loop.Contains(form),
                $"the switch loop does not call Exec.{op}");
    }

    /// <summary>
    /// Opcodes whose exception the switch loop routes without a .NET throw: it calls the handler's
    /// non-throwing core (which Exec.OP itself calls and throws from), so the semantics is still written once.
    /// </summary>
    static readonly Dictionary<Op, string> RoutedWithoutThrow = new()
    {
        [Op.CALL] = "Interpreter.CallFromStack(",
        [Op.RAISE_VARARGS] = "Exec.Raising(",
        [Op.RERAISE] = "Exec.Reraising(",
    };

    [Fact]
    public void TheInstructionSetDocumentListsEveryOpcode()
    {
        var doc = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "opcodes.md"));
        foreach (var op in Enum.GetValues<Op>())
            Assert.Contains($"`{op}`", doc);
    }
}

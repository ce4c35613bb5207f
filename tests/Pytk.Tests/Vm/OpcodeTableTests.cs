using System.Reflection;
using Pytk.Tests.Support;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>
/// The opcode table is the one description: every opcode needs a row, a handler, a case in the switch loop and a
/// handler shape the threaded emitter can call.
/// </summary>
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
            Assert.True(loop.Contains($"Exec.{op}(") || RoutedWithoutThrow(op) is { } form && loop.Contains(form),
                $"the switch loop does not call Exec.{op}");
    }

    /// <summary>
    /// Opcodes whose exception both loops route without a .NET throw: they call the handler's non-throwing
    /// core (which Exec.OP itself calls and throws from), so the semantics is still written once.
    /// </summary>
    static string? RoutedWithoutThrow(Op op) =>
        Handlers.NonThrowingCores.TryGetValue(op, out var core) ? $"{core.DeclaringType!.Name}.{core.Name}(" : null;

    [Fact]
    public void TheThreadedLoopHasACallShapeForEveryOpcode()
    {
        foreach (var op in Enum.GetValues<Op>())
        {
            var h = Handlers.ByOp[(int)op];
            Assert.True(h is not null, $"{op}: the threaded emitter finds no Exec.{op}(Frame, int[, int]) of a known shape");
            Assert.Equal(OpTable.Info(op).IsJump, h!.Kind == HandlerKind.Jump);
        }
    }

    /// <summary>Emits (and JIT-compiles, by entering it) threaded code containing every opcode once.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheThreadedEmitterCompilesEveryOpcode(bool counting)
    {
        var ops = Enum.GetValues<Op>();
        var code = new CodeObject
        {
            Name = "all", QualName = "all",
            Code = ops.Select(op => new Instr(op, OpTable.Info(op).IsJump ? 0 : 1)).ToArray(),
            StackSize = 4,
        };
        code.Positions = new Position[code.Code.Length];
        var body = ThreadedEmitter.Compile(code, counting);
        // An entry pc outside the code falls out of the entry jump table: the whole method is JIT-compiled
        // (so invalid IL for any opcode would fail here) and nothing runs.
        var frame = new Frame(code, new Dictionary<string, PyObject>(), null);
        var e = Assert.Throws<InvalidOperationException>(() => body(frame, -1));
        Assert.Contains("entry pc out of range", e.Message);
    }

    [Fact]
    public void TheInstructionSetDocumentListsEveryOpcode()
    {
        var doc = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "opcodes.md"));
        foreach (var op in Enum.GetValues<Op>())
            Assert.Contains($"`{op}`", doc);
    }
}

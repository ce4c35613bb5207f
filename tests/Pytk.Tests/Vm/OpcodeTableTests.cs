using Pytk.Tests.Passes;
using Pytk.Tests.Support;
using Pytk.Vm;

namespace Pytk.Tests.Vm;

/// <summary>
/// Code/Opcodes.def is the one description of the instruction set; these tests check that what the build holds
/// still follows it: the generated table against the hash the generator took of the declarations, each opcode's
/// handler against its declared calling convention, and both loops actually dispatching every opcode.
/// </summary>
public class OpcodeTableTests
{
    /// <summary>Opcodes.def was not changed without regenerating (also conformance/checks/opcodes.sh).</summary>
    [Fact]
    public void TheGeneratedFilesAreCurrent()
    {
        CPython.Require();
        var r = CPython.Run([Path.Combine(CliRunner.RepoRoot, "vm", "Pytk.Compiler", "Code", "gen_opcodes.py"), "--check"], "");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
    }

    [Fact]
    public void TheTableIsIndexedByOpcodeNumber()
    {
        var ops = Enum.GetValues<Op>();
        Assert.Equal(ops.Length, OpTable.Rows.Length);
        for (int i = 0; i < OpTable.Rows.Length; i++)
            Assert.True((int)OpTable.Rows[i].Op == i, $"row {i} is {OpTable.Rows[i].Op}");
    }

    /// <summary>Fails when a generated file was edited by hand, or the enum, flags or effects drifted from the .def.</summary>
    [Fact]
    public void TheLiveTableHasTheGeneratorsDeclarationHash()
    {
        Assert.Equal(OpTable.DeclarationHash, OpTable.ComputeDeclarationHash(OpTable.Rows));
        // ... and the hash sees a change: one effect, one flag, one handler kind.
        var rows = OpTable.Rows.ToArray();
        int i = (int)Op.BUILD_LIST;
        rows[i] = rows[i] with { Effect = (a, _) => -a };
        Assert.NotEqual(OpTable.DeclarationHash, OpTable.ComputeDeclarationHash(rows));
        rows = OpTable.Rows.ToArray();
        rows[i] = rows[i] with { Flags = OpFlags.Terminal };
        Assert.NotEqual(OpTable.DeclarationHash, OpTable.ComputeDeclarationHash(rows));
        rows = OpTable.Rows.ToArray();
        rows[i] = rows[i] with { Handler = HandlerKind.Exit };
        Assert.NotEqual(OpTable.DeclarationHash, OpTable.ComputeDeclarationHash(rows));
    }

    [Fact]
    public void EveryOpcodeHasAHandlerOfItsDeclaredKind()
    {
        foreach (var row in OpTable.Rows)
        {
            var h = Handlers.Of(row.Op);
            Assert.Equal(row.Op, h.Op);
            Assert.Equal(row.Handler, h.Kind);
            var ps = h.Method.GetParameters();
            Assert.True(ps.Length >= 2 && ps[0].ParameterType == typeof(Frame) && ps[1].ParameterType == typeof(int), $"{row.Op}: {h.Method}");
            var (count, returns) = row.Handler switch
            {
                HandlerKind.Step => (2, typeof(void)),
                HandlerKind.Jump => (3, typeof(int)),
                HandlerKind.Exit or HandlerKind.Suspend or HandlerKind.Value => (2, typeof(PyObject)),
                _ => (2, typeof(PyException)),
            };
            Assert.True(ps.Length == count && h.Method.ReturnType == returns, $"{row.Op} is declared {row.Handler}, its handler is {h.Method}");
            Assert.Equal(row.IsJump, row.Handler == HandlerKind.Jump);
            // The definition is Exec.NAME; a core (raise/value) is what Exec.NAME calls.
            var def = Handlers.Definition(row.Op);
            Assert.Equal(typeof(Exec), def.DeclaringType);
            Assert.Equal(row.Name, def.Name);
            Assert.Equal(row.Core is null, h.Method == def);
            if (row.Core is not null) Assert.Equal(row.Core, $"{h.Method.DeclaringType!.Name}.{h.Method.Name}");
        }
    }

    /// <summary>A code object that runs `op` once (on a stack of Nones) and returns; jumps go to the return.</summary>
    static CodeObject OneInstruction(Op op)
    {
        var code = new CodeObject
        {
            Name = op.ToString(), QualName = op.ToString(),
            Code = [new Instr(op, OpTable.Info(op).IsJump ? 1 : 0), new Instr(Op.RETURN_CONST, 0)],
            Consts = [null], Names = ["_pytk_no_such_name"], VarNames = ["x"], StackSize = 8,
        };
        code.Positions = new Position[code.Code.Length];
        return code;
    }

    /// <summary>
    /// Both loops reach a handler for every opcode: each one runs once on a junk stack. What it does there (return,
    /// raise a Python exception) does not matter; only a missing case would fail ("no handler for ...").
    /// </summary>
    [Theory]
    [InlineData("switch")]
    [InlineData("threaded")]
    public void BothLoopsDispatchEveryOpcode(string loop)
    {
        var saved = Interpreter.Handled;
        try
        {
            foreach (var op in Enum.GetValues<Op>())
            {
                var code = new PyCode(OneInstruction(op));
                if (loop == "threaded") code.Threaded = ThreadedEmitter.Compile(code, counting: false);
                var f = new Frame(code, new Dictionary<string, PyObject>(), null);
                for (int i = 0; i < 3; i++) f.Push(Py.None);
                try
                {
                    if (loop == "threaded") ThreadedLoop.Run(f); else Loop.Run(f);
                }
                catch (Exception e) when (!e.Message.Contains("no handler")) { }
            }
        }
        finally
        {
            Interpreter.Handled = saved;
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
        var body = ThreadedEmitter.Compile(new PyCode(code), counting);
        // An entry pc outside the code falls out of the entry jump table: the whole method is JIT-compiled
        // (so invalid IL for any opcode would fail here) and nothing runs.
        var frame = new Frame(new PyCode(code), new Dictionary<string, PyObject>(), null);
        var e = Assert.Throws<InvalidOperationException>(() => body(frame, -1));
        Assert.Contains("entry pc out of range", e.Message);
    }

    /// <summary>The `dis`-module view (issue 13) follows the table.</summary>
    [Fact]
    public void TheDisMetadataFollowsTheTable()
    {
        Assert.Equal("LOAD_CONST", OpcodeMetadata.OpName[(int)Op.LOAD_CONST]);
        Assert.Equal($"<{OpTable.Rows.Length}>", OpcodeMetadata.OpName[OpTable.Rows.Length]);
        Assert.Equal((int)Op.FOR_ITER, OpcodeMetadata.OpMap["FOR_ITER"]);
        Assert.Contains((int)Op.LOAD_CONST, OpcodeMetadata.HasConst);
        Assert.Contains((int)Op.RETURN_CONST, OpcodeMetadata.HasConst);
        Assert.Contains((int)Op.LOAD_GLOBAL, OpcodeMetadata.HasName);
        Assert.Contains((int)Op.STORE_FAST, OpcodeMetadata.HasLocal);
        Assert.Contains((int)Op.LOAD_DEREF, OpcodeMetadata.HasFree);
        Assert.Contains((int)Op.COMPARE_OP, OpcodeMetadata.HasCompare);
        Assert.Contains((int)Op.POP_TOP, OpcodeMetadata.HasArg);
        Assert.DoesNotContain((int)Op.RETURN_VALUE, OpcodeMetadata.HasArg);
        Assert.Equal(OpTable.Rows.Count(r => r.IsJump), OpcodeMetadata.HasJabs.Count);
        Assert.Empty(OpcodeMetadata.HasJrel);

        int forIter = (int)Op.FOR_ITER;
        Assert.Equal(1, OpcodeMetadata.StackEffect(forIter, 0, jump: false));
        Assert.Equal(-1, OpcodeMetadata.StackEffect(forIter, 0, jump: true));
        Assert.Equal(1, OpcodeMetadata.StackEffect(forIter, 0));
        Assert.Equal(-4, OpcodeMetadata.StackEffect((int)Op.BUILD_LIST, 5));
        Assert.Equal(3, OpcodeMetadata.StackEffect((int)Op.UNPACK_EX, 1 | 2 << 8));
        Assert.Equal(-1, OpcodeMetadata.StackEffect((int)Op.RETURN_VALUE));
        Assert.Contains("requires oparg", Assert.Throws<ArgumentException>(() => OpcodeMetadata.StackEffect((int)Op.BUILD_LIST)).Message);
        Assert.Contains("does not permit oparg", Assert.Throws<ArgumentException>(() => OpcodeMetadata.StackEffect((int)Op.RETURN_VALUE, 0)).Message);
        Assert.Throws<ArgumentException>(() => OpcodeMetadata.StackEffect(255));
    }
}

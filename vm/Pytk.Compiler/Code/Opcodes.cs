namespace Pytk.Compiler.Code;

// The Op and Operand enums and OpTable.Rows are generated from Code/Opcodes.def (Opcodes.g.cs); this file holds
// the row type they are made of.

/// <summary>Declared properties of an opcode beyond its operand kind (Opcodes.def's flags).</summary>
[Flags]
public enum OpFlags
{
    None = 0,
    /// <summary>A jump whose target is always after it.</summary>
    Forward = 1,
    /// <summary>A jump whose target is never after it.</summary>
    Backward = 2,
    /// <summary>Control does not continue to the next instruction.</summary>
    Terminal = 4,
    /// <summary>The switch loop may continue a hot loop in threaded code after it (on-stack replacement).</summary>
    BackEdge = 8,
}

/// <summary>How a loop calls an instruction's handler (Opcodes.def's handler column; docs/opcodes.md).</summary>
public enum HandlerKind
{
    /// <summary>`void Exec.OP(Frame, int)`: continue with the next instruction.</summary>
    Step,
    /// <summary>`int Exec.OP(Frame, int arg, int next)`: continue at the returned pc.</summary>
    Jump,
    /// <summary>`PyObject Exec.OP(Frame, int)`: leave the loop with the value (return).</summary>
    Exit,
    /// <summary>`PyObject Exec.OP(Frame, int)`: leave the loop with the value, resuming after the instruction (yield).</summary>
    Suspend,
    /// <summary>A non-throwing core `PyException Core(Frame, int)`: route the returned exception by the exception table.</summary>
    Raise,
    /// <summary>A non-throwing core `PyObject? Core(Frame, int)`: push the value, or route Interpreter.Escaped when null.</summary>
    Value,
}

/// <summary>
/// One opcode's declaration. Effect gives the net stack change for an argument and, for jumps, whether the jump is
/// taken; Stack and TakenStack are the declared pictures it was derived from. The disassembler, the stack-depth
/// computations, the .pyc checker and magic, both loops and the dis metadata read these rows.
/// </summary>
public sealed record OpInfo(Op Op, Operand Operand, OpFlags Flags, HandlerKind Handler, string? Core,
    Func<int, bool, int> Effect, string Stack, string? TakenStack, string Doc)
{
    public string Name => Op.ToString();
    public bool IsJump => Operand == Operand.Jump;
    public bool HasArg => Operand != Operand.None;
    /// <summary>Whether `dis` and `--trace` print the argument: a Flag operand only when it is set.</summary>
    public bool ShowsArg(int arg) => Operand != Operand.None && !(Operand == Operand.Flag && arg == 0);
    /// <summary>Control does not continue to the next instruction.</summary>
    public bool IsTerminal => (Flags & OpFlags.Terminal) != 0;
}

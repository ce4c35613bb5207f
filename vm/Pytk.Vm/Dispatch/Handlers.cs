using System.Reflection;

namespace Pytk.Vm.Dispatch;

public sealed record Handler(Op Op, MethodInfo Method, HandlerKind Kind);

/// <summary>
/// Every opcode's handler as the loops call it, by opcode number. The table is generated from Code/Opcodes.def
/// (Handlers.g.cs) as delegate conversions, so an opcode whose handler is missing or has the wrong shape for its
/// declared kind does not compile. The threaded emitter generates its calls from it; the switch loop's cases
/// (Loop.g.cs) come from the same declarations.
/// </summary>
public static partial class Handlers
{
    static Handler[]? byOp;
    static MethodInfo[]? definitions;

    public static Handler[] ByOp => byOp ??= Build();

    public static Handler Of(Op op) => (int)op < ByOp.Length ? ByOp[(int)op] : throw new InvalidOperationException($"no handler for {op}");

    /// <summary>
    /// The handler itself, Exec.OP. For opcodes whose loops call a non-throwing core (handler kinds `raise` and
    /// `value`: .NET throws cost microseconds), Exec.OP calls the core and throws, so the semantics is still
    /// written once.
    /// </summary>
    public static MethodInfo Definition(Op op) => (definitions ??= BuildDefinitions())[(int)op];
}

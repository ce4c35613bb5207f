using System.Reflection;

namespace Pytk.Vm;

/// <summary>How a loop calls an instruction's handler, read off the handler's signature.</summary>
public enum HandlerKind
{
    /// <summary>`void Exec.OP(Frame, int)`: continue with the next instruction.</summary>
    Step,
    /// <summary>`int Exec.OP(Frame, int arg, int next)`: continue at the returned pc.</summary>
    Jump,
    /// <summary>`PyObject Exec.OP(Frame, int)`: leave the loop with the value (return or yield).</summary>
    Exit,
    /// <summary>A non-throwing core `PyException Core(Frame, int)`: route the returned exception by the exception table.</summary>
    Raise,
    /// <summary>A non-throwing core `PyObject? Core(Frame, int)`: push the value, or route Interpreter.Escaped when null.</summary>
    ValueOrEscaped,
}

public sealed record Handler(Op Op, MethodInfo Method, HandlerKind Kind);

/// <summary>
/// Every opcode's handler in <see cref="Exec"/>, found by name and classified by shape. The threaded emitter
/// generates its calls from this (so a new opcode with a handler needs no edit there) and the opcode tests
/// use it to prove every opcode is callable from both loops.
/// </summary>
public static class Handlers
{
    static Handler?[]? byOp;

    public static Handler?[] ByOp => byOp ??= Build();

    public static Handler Of(Op op) => ByOp[(int)op] ?? throw new InvalidOperationException($"no handler Exec.{op} of a known shape");

    /// <summary>
    /// Opcodes whose handler throws what a non-throwing core returns (Exec.OP calls the core and throws): both
    /// loops call the core and route the exception by the exception table without a .NET throw, which costs
    /// microseconds. The switch loop spells these calls out; the threaded emitter and the tests read them here.
    /// </summary>
    public static readonly IReadOnlyDictionary<Op, MethodInfo> NonThrowingCores = new Dictionary<Op, MethodInfo>
    {
        [Op.CALL] = typeof(Interpreter).GetMethod(nameof(Interpreter.CallFromStack))!,
        [Op.RAISE_VARARGS] = typeof(Exec).GetMethod(nameof(Exec.Raising))!,
        [Op.RERAISE] = typeof(Exec).GetMethod(nameof(Exec.Reraising))!,
    };

    /// <summary>The handler itself (Exec.OP), whatever the loops call.</summary>
    public static MethodInfo? Definition(Op op) =>
        typeof(Exec).GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.Name == op.ToString() && Classify(m) is not null);

    static Handler?[] Build()
    {
        var ops = Enum.GetValues<Op>();
        var table = new Handler?[ops.Max(o => (int)o) + 1];
        var methods = typeof(Exec).GetMethods(BindingFlags.Public | BindingFlags.Static).ToLookup(m => m.Name);
        foreach (var op in ops)
        {
            if (NonThrowingCores.TryGetValue(op, out var core) && ClassifyCore(core) is { } coreKind)
            {
                table[(int)op] = new Handler(op, core, coreKind);
                continue;
            }
            foreach (var m in methods[op.ToString()])
                if (Classify(m) is { } kind) { table[(int)op] = new Handler(op, m, kind); break; }
        }
        return table;
    }

    static HandlerKind? ClassifyCore(MethodInfo m)
    {
        var ps = m.GetParameters();
        if (ps.Length != 2 || ps[0].ParameterType != typeof(Frame) || ps[1].ParameterType != typeof(int)) return null;
        if (m.ReturnType == typeof(PyException)) return HandlerKind.Raise;
        if (m.ReturnType == typeof(PyObject)) return HandlerKind.ValueOrEscaped;
        return null;
    }

    static HandlerKind? Classify(MethodInfo m)
    {
        var ps = m.GetParameters();
        if (ps.Length < 2 || ps[0].ParameterType != typeof(Frame) || ps[1].ParameterType != typeof(int)) return null;
        if (ps.Length == 3 && ps[2].ParameterType == typeof(int) && m.ReturnType == typeof(int)) return HandlerKind.Jump;
        if (ps.Length != 2) return null;
        if (m.ReturnType == typeof(void)) return HandlerKind.Step;
        if (m.ReturnType == typeof(PyObject)) return HandlerKind.Exit;
        return null;
    }
}

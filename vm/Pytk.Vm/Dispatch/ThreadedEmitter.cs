using System.Reflection;
using System.Reflection.Emit;

namespace Pytk.Vm.Dispatch;

/// <summary>
/// Subroutine threading: compiles a code object into one <see cref="DynamicMethod"/> whose IL calls each
/// instruction's handler in turn (jumps become IL branches), so the JIT turns the sequence into native code
/// with no central dispatch and inlines the small handlers with their (now constant) arguments. Only tables
/// are consulted: <see cref="Handlers"/> (the Exec handlers' call shapes), <see cref="OpTable"/> (jumps,
/// stack effects) and <see cref="ILTemplates"/> (the few data-movement ops emitted inline): an opcode
/// with a handler of a known shape needs no edit here.
///
/// Shape of the generated method (one per code object; ThreadedLoop.Execute catches .NET exceptions around
/// it and re-enters at the handler's pc, so the method has no exception handlers and the JIT keeps its
/// locals in registers):
/// <code>
/// PyObject? Run(Frame f, int pc) {
///     var stack = f.Stack; var fast = f.Fast;
///   dispatch: switch (pc) { case 0: goto L0; ... }     // resumable entry: calls, generators, handlers
///     L0: f.Pc = 0; Exec.OP0(f, arg0);
///     L1: f.Pc = 1; t = Exec.JUMP(f, arg1, 2); if (t == arg1) goto L[arg1]; if (t == 2) goto L2; pc = t; goto dispatch;
///     L2: stack[base+3] = fast[0] ?? (cold: f.Sp = base+3; f.Pc = 2; Exec.LOAD_FAST(f, 0))   // a template
///     L3: f.Pc = 3; e = Exec.Raising(f, arg3); pc = Loop.Unwind(f, e, 3); if (pc &lt; 0) return null; goto dispatch;
///     L4: f.Sp = base+4; f.Pc = 4; return Exec.RETURN_VALUE(f, arg4);
/// }
/// </code>
/// f.Pc is stored before every handler call (tracebacks, exception routing and generator resumption read
/// it). Templates address stack slots with the depth known at compile time (<see cref="StackDepths"/>) and
/// leave f.Sp stale; it is stored again before the next handler call or branch target ("sync").
/// </summary>
public sealed class ThreadedEmitter
{
    internal static readonly FieldInfo PcField = typeof(Frame).GetField(nameof(Frame.Pc))!;
    internal static readonly FieldInfo SpField = typeof(Frame).GetField(nameof(Frame.Sp))!;
    static readonly FieldInfo StackField = typeof(Frame).GetField(nameof(Frame.Stack))!;
    static readonly FieldInfo FastField = typeof(Frame).GetField(nameof(Frame.Stack))!;   // Frame.Fast is Stack
    static readonly MethodInfo Unwind = typeof(Loop).GetMethod(nameof(Loop.Unwind))!;
    static readonly MethodInfo TakeEscaped = typeof(Interpreter).GetMethod(nameof(Interpreter.TakeEscaped))!;
    static readonly MethodInfo Push = typeof(Frame).GetMethod(nameof(Frame.Push))!;
    static readonly MethodInfo CountOp = typeof(RunStats).GetMethod(nameof(RunStats.CountInstruction))!;
    static readonly MethodInfo TracingActive = typeof(Tracing).GetProperty(nameof(Tracing.Active))!.GetMethod!;
    static readonly MethodInfo RetraceMark = typeof(Loop).GetMethod(nameof(Loop.RetraceValue), BindingFlags.NonPublic | BindingFlags.Static)!;
    static readonly ConstructorInfo BadPc = typeof(InvalidOperationException).GetConstructor([typeof(string)])!;

    /// <summary>Set to false to emit handler calls only (for measuring what the templates give).</summary>
    public static bool UseTemplates = Environment.GetEnvironmentVariable("PYTK_NO_IL_TEMPLATES") is null;

    public readonly ILGenerator IL;
    public readonly PyCode Code;
    public readonly Label[] Labels;
    /// <summary>Locals caching f.Stack and f.Fast (both fixed for a frame's lifetime).</summary>
    public readonly LocalBuilder Stack, Fast;
    readonly int[]? depths;
    readonly bool[] isTarget;
    /// <summary>f.Sp may be out of date (a template ran since the last sync).</summary>
    bool spStale;
    readonly LocalBuilder pcLocal, target, routed, value;
    readonly Label dispatch, escape;

    ThreadedEmitter(ILGenerator il, PyCode code)
    {
        IL = il;
        Code = code;
        Labels = new Label[code.Code.Length];
        for (int i = 0; i < Labels.Length; i++) Labels[i] = il.DefineLabel();
        Stack = il.DeclareLocal(typeof(PyObject[]));
        Fast = il.DeclareLocal(typeof(PyObject[]));
        depths = UseTemplates ? StackDepths.Compute(code.Data) : null;
        if (depths is not null && depths.Max() >= code.StackSize + 1) depths = null;  // slots must exist
        // The value stack follows the locals in the frame's one array (Frame.StackBase): slot = base + depth.
        if (depths is not null)
            for (int i = 0; i < depths.Length; i++)
                if (depths[i] >= 0) depths[i] += code.VarNames.Length;
        isTarget = BranchTargets(code);
        pcLocal = il.DeclareLocal(typeof(int));
        target = il.DeclareLocal(typeof(int));
        routed = il.DeclareLocal(typeof(PyException));
        value = il.DeclareLocal(typeof(PyObject));
        dispatch = il.DefineLabel();
        escape = il.DefineLabel();
    }

    /// <summary>The compiled body: returns the frame's result, or null when an exception escaped (in Interpreter.Escaped).</summary>
    public static Func<Frame, int, PyObject?> Compile(PyCode code, bool counting)
    {
        var dm = new DynamicMethod("py:" + code.QualName, typeof(PyObject), [typeof(Frame), typeof(int)], typeof(ThreadedEmitter).Module, skipVisibility: true);
        new ThreadedEmitter(dm.GetILGenerator(64 + code.Code.Length * 32), code).EmitBody(counting);
        return dm.CreateDelegate<Func<Frame, int, PyObject?>>();
    }

    /// <summary>Instructions control can reach other than by falling through: there f.Sp must be exact.</summary>
    static bool[] BranchTargets(PyCode code)
    {
        var ins = code.Code;
        var t = new bool[ins.Length + 1];
        if (ins.Length > 0) t[0] = true;
        for (int i = 0; i < ins.Length; i++)
        {
            var info = OpTable.Info(ins[i].Op);
            if (info.IsJump && ins[i].Arg >= 0 && ins[i].Arg < ins.Length) t[ins[i].Arg] = true;
            if (Handlers.Of(ins[i].Op).Kind != HandlerKind.Step) t[i + 1] = true;  // resumption, jump fall-through
        }
        foreach (var e in code.ExceptionTable)
            if (e.Target >= 0 && e.Target < ins.Length) t[e.Target] = true;
        return t;
    }

    /// <summary>The method counts instructions (--stats): templates then keep one instruction per instruction.</summary>
    public bool Counting { get; private set; }

    /// <summary>Control may reach <paramref name="pc"/> other than by falling through (a jump, a handler, a resumption).</summary>
    public bool IsBranchTarget(int pc) => pc >= isTarget.Length || isTarget[pc];

    void EmitBody(bool counting)
    {
        Counting = counting;
        var il = IL;
        var ins = Code.Code;
        var pc = pcLocal;

        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, StackField);
        il.Emit(OpCodes.Stloc, Stack);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, FastField);
        il.Emit(OpCodes.Stloc, Fast);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stloc, pc);
        il.MarkLabel(dispatch);
        il.Emit(OpCodes.Ldloc, pc);
        il.Emit(OpCodes.Switch, Labels);
        EmitThrow($"{Code.QualName}: entry pc out of range");

        for (int i = 0; i < ins.Length; i++)
        {
            var op = ins[i].Op;
            int arg = ins[i].Arg, next = i + 1;
            il.MarkLabel(Labels[i]);
            if (isTarget[i]) spStale = false;  // every way in leaves f.Sp exact
            if (counting)
            {
                il.Emit(OpCodes.Ldc_I4, (int)op);
                il.Emit(OpCodes.Call, CountOp);
            }
            int depth = depths?[i] ?? -1;
            if (depth >= 0 && (next < ins.Length || OpTable.Info(op).IsTerminal)
                && ILTemplates.For(op) is { } template && template.Applies(this, arg, depth))
            {
                template.Emit(this, i, arg, depth);
                var info = OpTable.Info(op);
                spStale = !info.IsTerminal;
                // Control reaching the next instruction from elsewhere expects an exact f.Sp.
                if (spStale && next < ins.Length && isTarget[next]) SyncSp(depth + info.Effect(arg, false));
                continue;
            }
            var h = Handlers.Of(op);
            BeforeCall(i);
            switch (h.Kind)
            {
                case HandlerKind.Step:
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, h.Method);
                    break;
                case HandlerKind.Jump:
                    EmitJumpHandler(i);
                    break;
                case HandlerKind.Exit or HandlerKind.Suspend:
                    // A suspension (yield) resumes after itself; a return leaves f.Pc at the return, as the switch loop does.
                    if (h.Kind == HandlerKind.Suspend) StorePc(next);
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, h.Method);
                    il.Emit(OpCodes.Ret);
                    break;
                case HandlerKind.Raise:
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, h.Method);
                    EmitRoute();
                    break;
                case HandlerKind.Value:
                    var ok = il.DefineLabel();
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, h.Method);
                    il.Emit(OpCodes.Stloc, value);
                    il.Emit(OpCodes.Ldloc, value);
                    il.Emit(OpCodes.Brtrue, ok);
                    il.Emit(OpCodes.Call, TakeEscaped);
                    EmitRoute();
                    il.MarkLabel(ok);
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldloc, value);
                    il.Emit(OpCodes.Call, Push);
                    break;
            }
            if (Handlers.Retraces(op) && next < ins.Length)
            {
                // Tracing started during the call: leave with Loop's retrace mark at the next instruction, so the
                // frame goes on watched on the switch loop (ThreadedLoop.Execute hands it over).
                var untraced = il.DefineLabel();
                il.Emit(OpCodes.Call, TracingActive);
                il.Emit(OpCodes.Brfalse, untraced);
                StorePc(next);
                il.Emit(OpCodes.Call, RetraceMark);
                il.Emit(OpCodes.Ret);
                il.MarkLabel(untraced);
            }
        }
        EmitThrow($"{Code.QualName}: ran off the end of the code");
        // An exception no handler of this frame takes: return null, the exception is in Interpreter.Escaped.
        il.MarkLabel(escape);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// Calls the jump handler of the instruction at pc (frame state already exact) and branches on its
    /// result: the usual outcomes (its target, the next instruction) directly, anything else through the
    /// entry switch.
    /// </summary>
    public void EmitJumpHandler(int pc)
    {
        var il = IL;
        var ins = Code.Code;
        var op = ins[pc].Op;
        int arg = ins[pc].Arg, next = pc + 1;
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, arg);
        il.Emit(OpCodes.Ldc_I4, next);
        il.Emit(OpCodes.Call, Handlers.Of(op).Method);
        il.Emit(OpCodes.Stloc, target);
        if (OpTable.Info(op).IsJump && arg >= 0 && arg < ins.Length) BranchIf(target, arg, Labels[arg]);
        if (next < ins.Length) BranchIf(target, next, Labels[next]);
        il.Emit(OpCodes.Ldloc, target);
        il.Emit(OpCodes.Stloc, pcLocal);
        il.Emit(OpCodes.Br, dispatch);
    }

    /// <summary>With a PyException on the stack (frame state exact): continue at its handler in this frame, or escape.</summary>
    void EmitRoute()
    {
        IL.Emit(OpCodes.Stloc, routed);
        IL.Emit(OpCodes.Ldarg_0);
        IL.Emit(OpCodes.Ldloc, routed);
        IL.Emit(OpCodes.Ldarg_0);
        IL.Emit(OpCodes.Ldfld, PcField);
        IL.Emit(OpCodes.Call, Unwind);
        IL.Emit(OpCodes.Stloc, pcLocal);
        IL.Emit(OpCodes.Ldloc, pcLocal);
        IL.Emit(OpCodes.Ldc_I4_0);
        IL.Emit(OpCodes.Blt, escape);
        IL.Emit(OpCodes.Br, dispatch);
    }

    /// <summary>Before a handler call at pc: f.Sp exact (if a template left it stale) and f.Pc = pc.</summary>
    public void BeforeCall(int pc)
    {
        if (spStale) SyncSp(depths![pc]);
        StorePc(pc);
    }

    public void SyncSp(int depth)
    {
        IL.Emit(OpCodes.Ldarg_0);
        IL.Emit(OpCodes.Ldc_I4, depth);
        IL.Emit(OpCodes.Stfld, SpField);
        spStale = false;
    }

    /// <summary>For a template's cold path (it throws through the handler): f.Sp and f.Pc exact, whatever the flow state.</summary>
    public void SyncAll(int pc, int depth)
    {
        IL.Emit(OpCodes.Ldarg_0);
        IL.Emit(OpCodes.Ldc_I4, depth);
        IL.Emit(OpCodes.Stfld, SpField);
        StorePc(pc);
    }

    public void StorePc(int pc)
    {
        IL.Emit(OpCodes.Ldarg_0);
        IL.Emit(OpCodes.Ldc_I4, pc);
        IL.Emit(OpCodes.Stfld, PcField);
    }

    void BranchIf(LocalBuilder value, int constant, Label to)
    {
        IL.Emit(OpCodes.Ldloc, value);
        IL.Emit(OpCodes.Ldc_I4, constant);
        IL.Emit(OpCodes.Beq, to);
    }

    void EmitThrow(string message)
    {
        IL.Emit(OpCodes.Ldstr, message);
        IL.Emit(OpCodes.Newobj, BadPc);
        IL.Emit(OpCodes.Throw);
    }
}

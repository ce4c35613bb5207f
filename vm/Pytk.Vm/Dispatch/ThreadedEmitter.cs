using System.Reflection;
using System.Reflection.Emit;

namespace Pytk.Vm;

/// <summary>
/// Subroutine threading: compiles a code object into one <see cref="DynamicMethod"/> whose IL calls each
/// instruction's handler in turn (jumps become IL branches), so the JIT turns the sequence into native code
/// with no central dispatch. Only the table (<see cref="Handlers"/>, <see cref="OpTable"/>) is consulted:
/// an opcode with a handler of a known shape needs no edit here.
///
/// Shape of the generated method (one per code object):
/// <code>
/// PyObject Run(Frame f) {
///     int pc = f.Pc;
///   retry:
///     try {
///       dispatch: switch (pc) { case 0: goto L0; ... }     // resumable entry: generators, handlers
///       L0: f.Pc = 0; Exec.OP0(f, arg0);
///       L1: f.Pc = 1; t = Exec.JUMP(f, arg1, 2); if (t == arg1) goto L[arg1]; if (t == 2) goto L2; pc = t; goto dispatch;
///       L2: f.Pc = 2; result = Exec.RETURN_VALUE(f, arg2); leave exit;
///     } catch (PyException e) { pc = Loop.Unwind(f, e, f.Pc); leave retry; }
///       catch (Exception e) { if (!Loop.IsTranslatable(e)) rethrow; pc = Loop.Unwind(f, Loop.Translate(e), f.Pc); leave retry; }
///   exit: return result;
/// }
/// </code>
/// f.Pc is stored before every instruction, as the switch loop does, because tracebacks, exception routing
/// and generator resumption read it.
/// </summary>
public static class ThreadedEmitter
{
    static readonly FieldInfo PcField = typeof(Frame).GetField(nameof(Frame.Pc))!;
    static readonly MethodInfo Unwind = typeof(Loop).GetMethod(nameof(Loop.Unwind))!;
    static readonly MethodInfo IsTranslatable = typeof(Loop).GetMethod(nameof(Loop.IsTranslatable))!;
    static readonly MethodInfo Translate = typeof(Loop).GetMethod(nameof(Loop.Translate))!;
    static readonly MethodInfo CountOp = typeof(RunStats).GetMethod(nameof(RunStats.CountInstruction))!;
    static readonly ConstructorInfo BadPc = typeof(InvalidOperationException).GetConstructor([typeof(string)])!;

    public static Func<Frame, PyObject> Compile(CodeObject code, bool counting)
    {
        var ins = code.Code;
        var dm = new DynamicMethod("py:" + code.QualName, typeof(PyObject), [typeof(Frame)], typeof(ThreadedEmitter).Module, skipVisibility: true);
        var il = dm.GetILGenerator(64 + ins.Length * 24);
        var pc = il.DeclareLocal(typeof(int));
        var target = il.DeclareLocal(typeof(int));
        var result = il.DeclareLocal(typeof(PyObject));
        var pyExc = il.DeclareLocal(typeof(PyException));
        var netExc = il.DeclareLocal(typeof(Exception));
        var labels = new Label[ins.Length];
        for (int i = 0; i < labels.Length; i++) labels[i] = il.DefineLabel();
        var retry = il.DefineLabel();
        var dispatch = il.DefineLabel();
        var exit = il.DefineLabel();

        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, PcField);
        il.Emit(OpCodes.Stloc, pc);
        il.MarkLabel(retry);
        il.BeginExceptionBlock();
        il.MarkLabel(dispatch);
        il.Emit(OpCodes.Ldloc, pc);
        il.Emit(OpCodes.Switch, labels);
        EmitThrow(il, $"{code.QualName}: entry pc out of range");

        for (int i = 0; i < ins.Length; i++)
        {
            var op = ins[i].Op;
            int arg = ins[i].Arg, next = i + 1;
            var h = Handlers.Of(op);
            il.MarkLabel(labels[i]);
            if (counting)
            {
                il.Emit(OpCodes.Ldc_I4, (int)op);
                il.Emit(OpCodes.Call, CountOp);
            }
            StorePc(il, i);
            switch (h.Kind)
            {
                case HandlerKind.Step:
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, h.Method);
                    break;
                case HandlerKind.Jump:
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Ldc_I4, next);
                    il.Emit(OpCodes.Call, h.Method);
                    il.Emit(OpCodes.Stloc, target);
                    // The usual outcomes are direct branches; anything else goes through the entry switch.
                    if (OpTable.Info(op).IsJump && arg >= 0 && arg < ins.Length) BranchIf(il, target, arg, labels[arg]);
                    if (next < ins.Length) BranchIf(il, target, next, labels[next]);
                    il.Emit(OpCodes.Ldloc, target);
                    il.Emit(OpCodes.Stloc, pc);
                    il.Emit(OpCodes.Br, dispatch);
                    break;
                case HandlerKind.Exit:
                    // A suspension (yield) resumes after itself; a return leaves f.Pc at the return, as the switch loop does.
                    if (!OpTable.Info(op).IsTerminal) StorePc(il, next);
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, h.Method);
                    il.Emit(OpCodes.Stloc, result);
                    il.Emit(OpCodes.Leave, exit);
                    break;
            }
        }
        EmitThrow(il, $"{code.QualName}: ran off the end of the code");

        il.BeginCatchBlock(typeof(PyException));
        il.Emit(OpCodes.Stloc, pyExc);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldloc, pyExc);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, PcField);
        il.Emit(OpCodes.Call, Unwind);
        il.Emit(OpCodes.Stloc, pc);
        il.Emit(OpCodes.Leave, retry);

        il.BeginCatchBlock(typeof(Exception));
        var translatable = il.DefineLabel();
        il.Emit(OpCodes.Stloc, netExc);
        il.Emit(OpCodes.Ldloc, netExc);
        il.Emit(OpCodes.Call, IsTranslatable);
        il.Emit(OpCodes.Brtrue, translatable);
        il.Emit(OpCodes.Rethrow);
        il.MarkLabel(translatable);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldloc, netExc);
        il.Emit(OpCodes.Call, Translate);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, PcField);
        il.Emit(OpCodes.Call, Unwind);
        il.Emit(OpCodes.Stloc, pc);
        il.Emit(OpCodes.Leave, retry);
        il.EndExceptionBlock();

        il.MarkLabel(exit);
        il.Emit(OpCodes.Ldloc, result);
        il.Emit(OpCodes.Ret);
        return dm.CreateDelegate<Func<Frame, PyObject>>();
    }

    static void StorePc(ILGenerator il, int pc)
    {
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, pc);
        il.Emit(OpCodes.Stfld, PcField);
    }

    static void BranchIf(ILGenerator il, LocalBuilder value, int constant, Label to)
    {
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldc_I4, constant);
        il.Emit(OpCodes.Beq, to);
    }

    static void EmitThrow(ILGenerator il, string message)
    {
        il.Emit(OpCodes.Ldstr, message);
        il.Emit(OpCodes.Newobj, BadPc);
        il.Emit(OpCodes.Throw);
    }
}

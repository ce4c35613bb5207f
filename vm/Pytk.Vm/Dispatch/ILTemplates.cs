using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pytk.Vm.Dispatch;

/// <summary>
/// The opcodes the threaded emitter writes inline instead of calling their handler: pure data movement
/// between constants, locals and stack slots, the bulk of executed instructions. With the stack depth known
/// at compile time they address slots with constants, so they neither read nor write Frame.Sp (which the
/// handlers update one instruction after another) and store without the array covariance check a
/// PyObject[] store otherwise pays. Each template does what its Exec handler does, no more; the handler
/// stays the definition (the cold paths call it to raise its error) and the differential tests run every
/// program under both loops. Any opcode not listed here is a handler call.
/// </summary>
public static class ILTemplates
{
    public sealed record Template(Func<ThreadedEmitter, int, int, bool> Applies, Action<ThreadedEmitter, int, int, int> Emit);

    static readonly FieldInfo CodeField = typeof(Frame).GetField(nameof(Frame.Code))!;
    static readonly FieldInfo ConstsField = typeof(PyCode).GetField(nameof(PyCode.Consts))!;
    static readonly FieldInfo TrueField = typeof(Py).GetField(nameof(Py.True))!;
    static readonly FieldInfo FalseField = typeof(Py).GetField(nameof(Py.False))!;
    static readonly FieldInfo InterruptRequested = typeof(Exec).GetField(nameof(Exec.InterruptsPending))!;
    static readonly MethodInfo LoadFastHandler = Handlers.Of(Op.LOAD_FAST).Method;
    static readonly MethodInfo DataRef = typeof(MemoryMarshal).GetMethods()
        .Single(m => m.Name == nameof(MemoryMarshal.GetArrayDataReference) && m.IsGenericMethodDefinition)
        .MakeGenericMethod(typeof(PyObject));
    static readonly MethodInfo AddRef = typeof(Unsafe).GetMethods()
        .Single(m => m.Name == nameof(Unsafe.Add) && m.IsGenericMethodDefinition && m.GetParameters() is [{ ParameterType.IsByRef: true }, { } p] && p.ParameterType == typeof(int))
        .MakeGenericMethod(typeof(PyObject));

    static readonly MethodInfo TrySetListItem = typeof(Pytk.Vm.Execution.Ops).GetMethod(nameof(Pytk.Vm.Execution.Ops.TrySetListItem))!;

    static readonly Dictionary<Op, Template> Table = new()
    {
        // stack[d] = fast[arg] ?? raise UnboundLocalError (through the handler)
        [Op.LOAD_FAST] = new((e, arg, d) => arg < e.Code.VarNames.Length, LoadFast),
        [Op.LOAD_FAST_CHECK] = new((e, arg, d) => arg < e.Code.VarNames.Length, LoadFast),
        // stack[d] = consts[arg]
        [Op.LOAD_CONST] = new((e, arg, d) => arg < e.Code.Consts.Length, (e, pc, arg, d) =>
        {
            Slot(e, e.Stack, d);
            e.IL.Emit(OpCodes.Ldarg_0);
            e.IL.Emit(OpCodes.Ldfld, CodeField);
            e.IL.Emit(OpCodes.Ldfld, ConstsField);
            e.IL.Emit(OpCodes.Ldc_I4, arg);
            e.IL.Emit(OpCodes.Ldelem_Ref);
            e.IL.Emit(OpCodes.Stind_Ref);
        }),
        // fast[arg] = stack[d-1] (the handler's Pop leaves the slot as it is)
        [Op.STORE_FAST] = new((e, arg, d) => d >= 1 && arg < e.Code.VarNames.Length, (e, pc, arg, d) =>
        {
            Slot(e, e.Fast, arg);
            Slot(e, e.Stack, d - 1);
            e.IL.Emit(OpCodes.Ldind_Ref);
            e.IL.Emit(OpCodes.Stind_Ref);
        }),
        // stack[d-1] = null
        [Op.POP_TOP] = new((e, arg, d) => d >= 1 && arg == 0, (e, pc, arg, d) =>
        {
            Slot(e, e.Stack, d - 1);
            e.IL.Emit(OpCodes.Ldnull);
            e.IL.Emit(OpCodes.Stind_Ref);
        }),
        // stack[d] = stack[d-arg]
        [Op.COPY] = new((e, arg, d) => arg >= 1 && d - arg >= 0, (e, pc, arg, d) =>
        {
            Slot(e, e.Stack, d);
            Slot(e, e.Stack, d - arg);
            e.IL.Emit(OpCodes.Ldind_Ref);
            e.IL.Emit(OpCodes.Stind_Ref);
        }),
        // (stack[d-1], stack[d-arg]) = (stack[d-arg], stack[d-1])
        [Op.SWAP] = new((e, arg, d) => arg >= 1 && d - arg >= 0, (e, pc, arg, d) =>
        {
            var top = e.IL.DeclareLocal(typeof(PyObject));
            Slot(e, e.Stack, d - 1);
            e.IL.Emit(OpCodes.Ldind_Ref);
            e.IL.Emit(OpCodes.Stloc, top);
            Slot(e, e.Stack, d - 1);
            Slot(e, e.Stack, d - arg);
            e.IL.Emit(OpCodes.Ldind_Ref);
            e.IL.Emit(OpCodes.Stind_Ref);
            Slot(e, e.Stack, d - arg);
            e.IL.Emit(OpCodes.Ldloc, top);
            e.IL.Emit(OpCodes.Stind_Ref);
        }),
        // goto arg
        [Op.JUMP_FORWARD] = new((e, arg, d) => arg >= 0 && arg < e.Code.Code.Length, (e, pc, arg, d) =>
        {
            e.SyncSp(d);
            e.IL.Emit(OpCodes.Br, e.Labels[arg]);
        }),
        // bools and None decide at once; anything else asks the handler (Ops.Truth, __bool__, __len__)
        [Op.POP_JUMP_IF_FALSE] = new(InRange, (e, pc, arg, d) => BoolJump(e, pc, arg, d, ifFalse: arg, ifTrue: pc + 1)),
        [Op.POP_JUMP_IF_TRUE] = new(InRange, (e, pc, arg, d) => BoolJump(e, pc, arg, d, ifFalse: pc + 1, ifTrue: arg)),
        // Ctrl-C is noticed at backward jumps: the handler runs only when an interrupt is pending
        [Op.JUMP_BACKWARD] = new(InRange, (e, pc, arg, d) =>
        {
            var il = e.IL;
            var slow = il.DefineLabel();
            e.SyncSp(d);
            il.Emit(OpCodes.Volatile);
            il.Emit(OpCodes.Ldsfld, InterruptRequested);  // any runtime's stop pending: the handler checks this one's
            il.Emit(OpCodes.Brtrue, slow);
            il.Emit(OpCodes.Br, e.Labels[arg]);
            il.MarkLabel(slow);
            e.StorePc(pc);
            e.EmitJumpHandler(pc);
        }),
        // Specialized forms (Exec.Specialized.cs): the form's Fast helper on the two top slots, its result stored in
        // place; when the helper says no (a guard fails, or the operation may raise), the handler does it all.
        [Op.BINARY_OP_INT] = FastBinary(nameof(Exec.BinaryOpIntFast), Op.BINARY_OP_INT, withArg: true),
        [Op.BINARY_OP_FLOAT] = FastBinary(nameof(Exec.BinaryOpFloatFast), Op.BINARY_OP_FLOAT, withArg: true),
        [Op.COMPARE_OP_INT] = FusedCompare(nameof(Exec.CompareOpIntTest), FastBinary(nameof(Exec.CompareOpIntFast), Op.COMPARE_OP_INT, withArg: true), Op.COMPARE_OP_INT),
        [Op.COMPARE_OP_FLOAT] = FusedCompare(nameof(Exec.CompareOpFloatTest), FastBinary(nameof(Exec.CompareOpFloatFast), Op.COMPARE_OP_FLOAT, withArg: true), Op.COMPARE_OP_FLOAT),
        [Op.BINARY_SUBSCR_LIST_INT] = FastBinary(nameof(Exec.BinarySubscrListIntFast), Op.BINARY_SUBSCR_LIST_INT, withArg: false),
        [Op.FOR_ITER_RANGE] = FastForIter(nameof(Exec.ForIterRangeFast)),
        [Op.FOR_ITER_LIST] = FastForIter(nameof(Exec.ForIterListFast)),
        [Op.LOAD_ATTR_INSTANCE_VALUE] = new((e, arg, d) => NamespaceProbe.Available && d >= 1 && arg < e.Code.Names.Length, LoadAttrInstanceValue),
        [Op.LOAD_GLOBAL_MODULE] = new((e, arg, d) => NamespaceProbe.Available && arg < e.Code.Names.Length, (e, pc, arg, d) => LoadGlobal(e, pc, arg, d, builtin: false)),
        [Op.LOAD_GLOBAL_BUILTIN] = new((e, arg, d) => NamespaceProbe.Available && arg < e.Code.Names.Length, (e, pc, arg, d) => LoadGlobal(e, pc, arg, d, builtin: true)),
        // list[int] = value in place; anything else (and an index out of range, which raises) through the handler
        [Op.STORE_SUBSCR] = new((e, arg, d) => d >= 3, (e, pc, arg, d) =>
        {
            var il = e.IL;
            var done = il.DefineLabel();
            Slot(e, e.Stack, d - 2);
            il.Emit(OpCodes.Ldind_Ref);
            Slot(e, e.Stack, d - 1);
            il.Emit(OpCodes.Ldind_Ref);
            Slot(e, e.Stack, d - 3);
            il.Emit(OpCodes.Ldind_Ref);
            il.Emit(OpCodes.Call, TrySetListItem);
            il.Emit(OpCodes.Brtrue, done);
            e.SyncAll(pc, d);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, arg);
            il.Emit(OpCodes.Call, Handlers.Of(Op.STORE_SUBSCR).Method);
            il.MarkLabel(done);
        }),
    };

    /// <summary>
    /// FOR_ITER_RANGE / FOR_ITER_LIST: `if (Fast(stack[d-1], out v)) { if (v is null) { f.Sp = d-1; goto target; }
    /// stack[d] = v; } else (cold: f.Sp = d; f.Pc = pc; the jump handler)`. The handler call (4.7% of sieve.py's
    /// samples as a function of its own) read and wrote f.Sp and returned a pc the method then compared.
    /// </summary>
    static Template FastForIter(string helper)
    {
        var fast = typeof(Exec).GetMethod(helper)!;
        return new(InRange, (e, pc, arg, d) =>
        {
            if (d < 1) throw new InvalidOperationException("FOR_ITER on an empty stack");
            var il = e.IL;
            var v = il.DeclareLocal(typeof(PyObject));
            var slow = il.DefineLabel();
            var exhausted = il.DefineLabel();
            var done = il.DefineLabel();
            Slot(e, e.Stack, d - 1);
            il.Emit(OpCodes.Ldind_Ref);
            il.Emit(OpCodes.Ldloca, v);
            il.Emit(OpCodes.Call, fast);
            il.Emit(OpCodes.Brfalse, slow);
            il.Emit(OpCodes.Ldloc, v);
            il.Emit(OpCodes.Brfalse, exhausted);
            Slot(e, e.Stack, d);
            il.Emit(OpCodes.Ldloc, v);
            il.Emit(OpCodes.Stind_Ref);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(exhausted);
            e.SyncSp(d - 1);
            il.Emit(OpCodes.Br, e.Labels[arg]);
            il.MarkLabel(slow);
            e.SyncAll(pc, d);
            e.EmitJumpHandler(pc);
            il.MarkLabel(done);
        });
    }

    /// <summary>
    /// stack[d-2] = Fast(stack[d-2], stack[d-1][, arg]) ?? (cold: f.Sp = d; f.Pc = pc; Exec.OP(f, arg)). The slot d-1
    /// keeps its value, as the handler's Pop leaves it. Why: the handler call reads and writes f.Sp, loads both operands
    /// through it and is not inlined (BINARY_OP_FLOAT was 7.6% of nbody.py's samples as a function of its own); the
    /// template addresses the slots with constants and the JIT inlines the helper's guard and arithmetic.
    /// </summary>
    static Template FastBinary(string helper, Op op, bool withArg)
    {
        var fast = typeof(Exec).GetMethod(helper)!;
        return new((e, arg, d) => d >= 2, (e, pc, arg, d) =>
        {
            var il = e.IL;
            var result = il.DeclareLocal(typeof(PyObject));
            var slow = il.DefineLabel();
            var done = il.DefineLabel();
            Slot(e, e.Stack, d - 2);
            il.Emit(OpCodes.Ldind_Ref);
            Slot(e, e.Stack, d - 1);
            il.Emit(OpCodes.Ldind_Ref);
            if (withArg) il.Emit(OpCodes.Ldc_I4, arg);
            il.Emit(OpCodes.Call, fast);
            il.Emit(OpCodes.Stloc, result);
            il.Emit(OpCodes.Ldloc, result);
            il.Emit(OpCodes.Brfalse, slow);
            Slot(e, e.Stack, d - 2);
            il.Emit(OpCodes.Ldloc, result);
            il.Emit(OpCodes.Stind_Ref);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(slow);
            e.SyncAll(pc, d);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, arg);
            il.Emit(OpCodes.Call, Handlers.Of(op).Method);
            il.MarkLabel(done);
        });
    }

    static readonly FieldInfo CachesField = typeof(PyCode).GetField(nameof(PyCode.Caches))!;
    static readonly FieldInfo GlobalsField = typeof(Frame).GetField(nameof(Frame.Globals))!;
    static readonly FieldInfo GlobalIndex = typeof(GlobalSpecCache).GetField(nameof(GlobalSpecCache.Index))!;
    static readonly FieldInfo GlobalGlobals = typeof(GlobalSpecCache).GetField(nameof(GlobalSpecCache.Globals))!;
    static readonly FieldInfo GlobalVersion = typeof(GlobalSpecCache).GetField(nameof(GlobalSpecCache.GlobalsVersion))!;
    static readonly FieldInfo GlobalBuiltins = typeof(GlobalSpecCache).GetField(nameof(GlobalSpecCache.Builtins))!;
    static readonly MethodInfo BuiltinsOf = typeof(Exec).GetMethod(nameof(Exec.BuiltinsOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN with the handler's guard and load inline (the cache read from
    /// f.Code.Caches[pc] at run time, so a re-filled cache is used at once): `c = caches[pc] as GlobalSpecCache;
    /// [builtin: c.Globals == f.Globals &amp;&amp; f.Globals._version == c.GlobalsVersion &amp;&amp; c.Builtins == builtins;]
    /// v = NamespaceProbe.At(dict, c.Index, name); stack[d] = v`, else (cold) the handler. Why: fib.py's LOAD_GLOBAL was
    /// a call that hashed the name and pushed through f.Sp; this is two field loads and a string compare.
    /// </summary>
    static void LoadGlobal(ThreadedEmitter e, int pc, int arg, int d, bool builtin)
    {
        var il = e.IL;
        var caches = il.DeclareLocal(typeof(object[]));
        var c = il.DeclareLocal(typeof(GlobalSpecCache));
        var v = il.DeclareLocal(typeof(PyObject));
        var slow = il.DefineLabel();
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, CodeField);
        il.Emit(OpCodes.Ldfld, CachesField);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, caches);
        il.Emit(OpCodes.Brfalse, slow);
        il.Emit(OpCodes.Ldloc, caches);
        il.Emit(OpCodes.Ldc_I4, pc);
        il.Emit(OpCodes.Ldelem_Ref);
        il.Emit(OpCodes.Isinst, typeof(GlobalSpecCache));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, c);
        il.Emit(OpCodes.Brfalse, slow);
        if (builtin)
        {
            il.Emit(OpCodes.Ldloc, c);
            il.Emit(OpCodes.Ldfld, GlobalGlobals);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, GlobalsField);
            il.Emit(OpCodes.Bne_Un, slow);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, GlobalsField);
            NamespaceProbe.EmitVersion(il);
            il.Emit(OpCodes.Ldloc, c);
            il.Emit(OpCodes.Ldfld, GlobalVersion);
            il.Emit(OpCodes.Bne_Un, slow);
            il.Emit(OpCodes.Ldloc, c);
            il.Emit(OpCodes.Ldfld, GlobalBuiltins);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Call, BuiltinsOf);
            il.Emit(OpCodes.Bne_Un, slow);
        }
        NamespaceProbe.EmitAt(il,
            () =>
            {
                if (builtin) { il.Emit(OpCodes.Ldloc, c); il.Emit(OpCodes.Ldfld, GlobalBuiltins); }
                else { il.Emit(OpCodes.Ldarg_0); il.Emit(OpCodes.Ldfld, GlobalsField); }
            },
            () => { il.Emit(OpCodes.Ldloc, c); il.Emit(OpCodes.Ldfld, GlobalIndex); },
            () => il.Emit(OpCodes.Ldstr, e.Code.Names[arg]),
            slow);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, v);
        il.Emit(OpCodes.Brfalse, slow);
        EmitHit(e, builtin ? Op.LOAD_GLOBAL_BUILTIN : Op.LOAD_GLOBAL_MODULE);
        Slot(e, e.Stack, d);
        il.Emit(OpCodes.Ldloc, v);
        il.Emit(OpCodes.Stind_Ref);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(slow);
        e.SyncAll(pc, d);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, arg);
        il.Emit(OpCodes.Call, Handlers.Of(builtin ? Op.LOAD_GLOBAL_BUILTIN : Op.LOAD_GLOBAL_MODULE).Method);
        il.MarkLabel(done);
    }

    /// <summary>
    /// COMPARE_OP_INT / COMPARE_OP_FLOAT followed by POP_JUMP_IF_FALSE/TRUE (which nothing else jumps to): the
    /// comparison's Test helper decides the branch itself, `r = Test(stack[d-2], stack[d-1], arg); if (r &gt;= 0) {
    /// f.Sp = d-2; goto r == 1 ? ifTrue : ifFalse; }`, with neither the bool object stored nor the jump's test of it
    /// (CPython's COMPARE_OP_INT + POP_JUMP_IF fusion). When the helper says no, the handler compares (cold) and the
    /// conditional jump's own code follows as usual. Not fused when counting instructions (--stats counts the jump).
    /// </summary>
    static Template FusedCompare(string helper, Template plain, Op op)
    {
        var test = typeof(Exec).GetMethod(helper)!;
        return new(plain.Applies, (e, pc, arg, d) =>
        {
            var ins = e.Code.Code;
            int jump = pc + 1;
            if (e.Counting || jump + 1 >= ins.Length || e.IsBranchTarget(jump)
                || ins[jump].Op is not (Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE)
                || ins[jump].Arg < 0 || ins[jump].Arg >= ins.Length)
            {
                plain.Emit(e, pc, arg, d);
                return;
            }
            bool jumpIfTrue = ins[jump].Op == Op.POP_JUMP_IF_TRUE;
            int ifTrue = jumpIfTrue ? ins[jump].Arg : jump + 1, ifFalse = jumpIfTrue ? jump + 1 : ins[jump].Arg;
            var il = e.IL;
            var r = il.DeclareLocal(typeof(int));
            var slow = il.DefineLabel();
            var isTrue = il.DefineLabel();
            Slot(e, e.Stack, d - 2);
            il.Emit(OpCodes.Ldind_Ref);
            Slot(e, e.Stack, d - 1);
            il.Emit(OpCodes.Ldind_Ref);
            il.Emit(OpCodes.Ldc_I4, arg);
            il.Emit(OpCodes.Call, test);
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Stloc, r);
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Blt, slow);
            il.Emit(OpCodes.Ldloc, r);
            il.Emit(OpCodes.Brtrue, isTrue);
            e.SyncSp(d - 2);
            il.Emit(OpCodes.Br, e.Labels[ifFalse]);
            il.MarkLabel(isTrue);
            e.SyncSp(d - 2);
            il.Emit(OpCodes.Br, e.Labels[ifTrue]);
            il.MarkLabel(slow);
            e.SyncAll(pc, d);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, arg);
            il.Emit(OpCodes.Call, Handlers.Of(op).Method);
        });
    }

    static readonly FieldInfo TypeField = typeof(PyObject).GetField(nameof(PyObject.Type))!;
    static readonly FieldInfo DictField = typeof(PyObject).GetField(nameof(PyObject.Dict))!;
    static readonly FieldInfo AttrIndex = typeof(AttrSpecCache).GetField(nameof(AttrSpecCache.Index))!;
    static readonly MethodInfo AttrFind = typeof(AttrSpecCache).GetMethod(nameof(AttrSpecCache.Find))!;
    static readonly MethodInfo Hit = typeof(Specializer).GetMethod(nameof(Specializer.Hit))!;

    /// <summary>
    /// LOAD_ATTR_INSTANCE_VALUE with the handler's guard and load inline: `o = stack[d-1]; c = (caches[pc] as
    /// AttrSpecCache)?.Find(o.Type); v = NamespaceProbe.At(o.Dict, c.Index, name); stack[d-1] = v`, else (cold, also
    /// when the name is at another index in this instance's dict) the handler. Why: richards.py's handler was 7% of its
    /// samples as a function of its own, plus 1.3% in the probe it called through a delegate.
    /// </summary>
    static void LoadAttrInstanceValue(ThreadedEmitter e, int pc, int arg, int d)
    {
        var il = e.IL;
        var o = il.DeclareLocal(typeof(PyObject));
        var caches = il.DeclareLocal(typeof(object[]));
        var c = il.DeclareLocal(typeof(AttrSpecCache));
        var dict = il.DeclareLocal(typeof(Dictionary<string, PyObject>));
        var v = il.DeclareLocal(typeof(PyObject));
        var slow = il.DefineLabel();
        var done = il.DefineLabel();
        Slot(e, e.Stack, d - 1);
        il.Emit(OpCodes.Ldind_Ref);
        il.Emit(OpCodes.Stloc, o);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, CodeField);
        il.Emit(OpCodes.Ldfld, CachesField);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, caches);
        il.Emit(OpCodes.Brfalse, slow);
        il.Emit(OpCodes.Ldloc, caches);
        il.Emit(OpCodes.Ldc_I4, pc);
        il.Emit(OpCodes.Ldelem_Ref);
        il.Emit(OpCodes.Isinst, typeof(AttrSpecCache));
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, c);
        il.Emit(OpCodes.Brfalse, slow);
        il.Emit(OpCodes.Ldloc, c);
        il.Emit(OpCodes.Ldloc, o);
        il.Emit(OpCodes.Ldfld, TypeField);
        il.Emit(OpCodes.Call, AttrFind);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, c);
        il.Emit(OpCodes.Brfalse, slow);
        il.Emit(OpCodes.Ldloc, o);
        il.Emit(OpCodes.Ldfld, DictField);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, dict);
        il.Emit(OpCodes.Brfalse, slow);
        NamespaceProbe.EmitAt(il, () => il.Emit(OpCodes.Ldloc, dict),
            () => { il.Emit(OpCodes.Ldloc, c); il.Emit(OpCodes.Ldfld, AttrIndex); },
            () => il.Emit(OpCodes.Ldstr, e.Code.Names[arg]), slow);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, v);
        il.Emit(OpCodes.Brfalse, slow);
        EmitHit(e, Op.LOAD_ATTR_INSTANCE_VALUE);
        Slot(e, e.Stack, d - 1);
        il.Emit(OpCodes.Ldloc, v);
        il.Emit(OpCodes.Stind_Ref);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(slow);
        e.SyncAll(pc, d);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, arg);
        il.Emit(OpCodes.Call, Handlers.Of(Op.LOAD_ATTR_INSTANCE_VALUE).Method);
        il.MarkLabel(done);
    }

    /// <summary>A template's hit counted as its handler counts it (--stats only).</summary>
    static void EmitHit(ThreadedEmitter e, Op op)
    {
        if (!e.Counting) return;
        e.IL.Emit(OpCodes.Ldc_I4, (int)op);
        e.IL.Emit(OpCodes.Call, Hit);
    }

    static bool InRange(ThreadedEmitter e, int arg, int d) => arg >= 0 && arg < e.Code.Code.Length && d >= 0;

    static void BoolJump(ThreadedEmitter e, int pc, int arg, int d, int ifFalse, int ifTrue)
    {
        if (d < 1) throw new InvalidOperationException("conditional jump on an empty stack");
        var il = e.IL;
        var value = il.DeclareLocal(typeof(PyObject));
        var notFalse = il.DefineLabel();
        var slow = il.DefineLabel();
        Slot(e, e.Stack, d - 1);
        il.Emit(OpCodes.Ldind_Ref);
        il.Emit(OpCodes.Stloc, value);
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldsfld, FalseField);
        il.Emit(OpCodes.Bne_Un, notFalse);
        e.SyncSp(d - 1);
        il.Emit(OpCodes.Br, e.Labels[ifFalse]);
        il.MarkLabel(notFalse);
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldsfld, TrueField);
        il.Emit(OpCodes.Bne_Un, slow);
        e.SyncSp(d - 1);
        il.Emit(OpCodes.Br, e.Labels[ifTrue]);
        il.MarkLabel(slow);
        e.SyncAll(pc, d);
        e.EmitJumpHandler(pc);
    }

    public static Template? For(Op op) => Table.GetValueOrDefault(op);

    public static IEnumerable<Op> Ops => Table.Keys;

    /// <summary>Pushes a reference to array[index] with neither bounds nor covariance check (the emitter proved the index in range).</summary>
    static void Slot(ThreadedEmitter e, LocalBuilder array, int index)
    {
        e.IL.Emit(OpCodes.Ldloc, array);
        e.IL.Emit(OpCodes.Call, DataRef);
        if (index != 0)
        {
            e.IL.Emit(OpCodes.Ldc_I4, index);
            e.IL.Emit(OpCodes.Call, AddRef);
        }
    }

    static void LoadFast(ThreadedEmitter e, int pc, int arg, int d)
    {
        var il = e.IL;
        var bound = il.DefineLabel();
        Slot(e, e.Stack, d);
        Slot(e, e.Fast, arg);
        il.Emit(OpCodes.Ldind_Ref);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, bound);
        // Unbound: the handler raises CPython's UnboundLocalError from an exact frame state.
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Pop);
        e.SyncAll(pc, d);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, arg);
        il.Emit(OpCodes.Call, LoadFastHandler);
        il.Emit(OpCodes.Ldstr, "LOAD_FAST of an unbound local did not raise");
        il.Emit(OpCodes.Newobj, typeof(InvalidOperationException).GetConstructor([typeof(string)])!);
        il.Emit(OpCodes.Throw);
        il.MarkLabel(bound);
        il.Emit(OpCodes.Stind_Ref);
    }
}

namespace Pytk.Vm;

/// <summary>The instruction table. Effects: net stack change given (arg, jumpTaken).</summary>
public static class OpTable
{
    static OpInfo I(Op op, Operand k, int effect) => new(op, k, (_, _) => effect);
    static OpInfo I(Op op, Operand k, Func<int, int> effect) => new(op, k, (a, _) => effect(a));
    static OpInfo J(Op op, int fallthrough, int taken) => new(op, Operand.Jump, (_, j) => j ? taken : fallthrough);

    public static readonly OpInfo[] Rows =
    [
        I(Op.NOP, Operand.None, 0),
        I(Op.RESUME, Operand.Int, 0),
        I(Op.POP_TOP, Operand.None, -1),
        I(Op.COPY, Operand.Int, 1),
        I(Op.SWAP, Operand.Int, 0),
        I(Op.LOAD_CONST, Operand.Const, 1),
        I(Op.RETURN_CONST, Operand.Const, 0),
        I(Op.RETURN_VALUE, Operand.None, -1),
        I(Op.LOAD_FAST, Operand.Local, 1),
        I(Op.LOAD_FAST_CHECK, Operand.Local, 1),
        I(Op.STORE_FAST, Operand.Local, -1),
        I(Op.DELETE_FAST, Operand.Local, 0),
        I(Op.LOAD_NAME, Operand.Name, 1),
        I(Op.STORE_NAME, Operand.Name, -1),
        I(Op.DELETE_NAME, Operand.Name, 0),
        I(Op.LOAD_GLOBAL, Operand.Name, 1),
        I(Op.STORE_GLOBAL, Operand.Name, -1),
        I(Op.DELETE_GLOBAL, Operand.Name, 0),
        I(Op.LOAD_DEREF, Operand.Deref, 1),
        I(Op.STORE_DEREF, Operand.Deref, -1),
        I(Op.DELETE_DEREF, Operand.Deref, 0),
        I(Op.LOAD_FROM_DICT_OR_DEREF, Operand.Deref, 1),
        I(Op.LOAD_CLOSURE, Operand.Deref, 1),
        I(Op.LOAD_ATTR, Operand.Name, 0),
        I(Op.STORE_ATTR, Operand.Name, -2),
        I(Op.DELETE_ATTR, Operand.Name, -1),
        I(Op.BINARY_SUBSCR, Operand.None, -1),
        I(Op.STORE_SUBSCR, Operand.None, -3),
        I(Op.DELETE_SUBSCR, Operand.None, -2),
        I(Op.BINARY_SLICE, Operand.None, -2),
        I(Op.STORE_SLICE, Operand.None, -4),
        I(Op.BINARY_OP, Operand.BinOp, -1),
        I(Op.UNARY_NEGATIVE, Operand.None, 0),
        I(Op.UNARY_NOT, Operand.None, 0),
        I(Op.UNARY_INVERT, Operand.None, 0),
        I(Op.UNARY_POSITIVE, Operand.None, 0),
        I(Op.COMPARE_OP, Operand.Compare, -1),
        I(Op.IS_OP, Operand.Invert, -1),
        I(Op.CONTAINS_OP, Operand.Invert, -1),
        J(Op.JUMP_FORWARD, 0, 0),
        J(Op.JUMP_BACKWARD, 0, 0),
        J(Op.POP_JUMP_IF_FALSE, -1, -1),
        J(Op.POP_JUMP_IF_TRUE, -1, -1),
        J(Op.POP_JUMP_IF_NONE, -1, -1),
        J(Op.POP_JUMP_IF_NOT_NONE, -1, -1),
        J(Op.JUMP_IF_FALSE_OR_POP, -1, 0),
        J(Op.JUMP_IF_TRUE_OR_POP, -1, 0),
        I(Op.GET_ITER, Operand.None, 0),
        J(Op.FOR_ITER, 1, -1),
        I(Op.BUILD_TUPLE, Operand.Int, n => 1 - n),
        I(Op.BUILD_LIST, Operand.Int, n => 1 - n),
        I(Op.BUILD_SET, Operand.Int, n => 1 - n),
        I(Op.BUILD_MAP, Operand.Int, n => 1 - 2 * n),
        I(Op.BUILD_CONST_KEY_MAP, Operand.Int, n => -n),
        I(Op.BUILD_STRING, Operand.Int, n => 1 - n),
        I(Op.BUILD_SLICE, Operand.Int, n => 1 - n),
        I(Op.LIST_APPEND, Operand.Int, -1),
        I(Op.SET_ADD, Operand.Int, -1),
        I(Op.MAP_ADD, Operand.Int, -2),
        I(Op.LIST_EXTEND, Operand.Int, -1),
        I(Op.SET_UPDATE, Operand.Int, -1),
        I(Op.DICT_UPDATE, Operand.Int, -1),
        I(Op.DICT_MERGE, Operand.Int, -1),
        I(Op.LIST_TO_TUPLE, Operand.None, 0),
        I(Op.UNPACK_SEQUENCE, Operand.Int, n => n - 1),
        I(Op.UNPACK_EX, Operand.Int, n => (n & 0xFF) + (n >> 8)),
        I(Op.FORMAT_SIMPLE, Operand.None, 0),
        I(Op.FORMAT_WITH_SPEC, Operand.None, -1),
        I(Op.CONVERT_VALUE, Operand.Format, 0),
        I(Op.CALL, Operand.Int, n => -n),
        I(Op.CALL_KW, Operand.Int, n => -n - 1),
        I(Op.CALL_FUNCTION_EX, Operand.Int, n => (n & 1) != 0 ? -2 : -1),
        I(Op.MAKE_FUNCTION, Operand.None, 0),
        I(Op.SET_FUNCTION_ATTRIBUTE, Operand.Flags, -1),
        I(Op.LOAD_BUILD_CLASS, Operand.None, 1),
        I(Op.YIELD_VALUE, Operand.Int, 0),
        J(Op.SEND, 0, 0),
        I(Op.END_SEND, Operand.None, -1),
        I(Op.GET_YIELD_FROM_ITER, Operand.None, 0),
        I(Op.GET_AWAITABLE, Operand.Int, 0),
        I(Op.RAISE_VARARGS, Operand.Int, n => -n),
        I(Op.RERAISE, Operand.Int, -1),
        I(Op.PUSH_EXC_INFO, Operand.None, 1),
        I(Op.POP_EXCEPT, Operand.None, -1),
        I(Op.CHECK_EXC_MATCH, Operand.None, 0),
        I(Op.CHECK_EG_MATCH, Operand.None, 0),
        I(Op.LOAD_ASSERTION_ERROR, Operand.None, 1),
        I(Op.BEFORE_WITH, Operand.None, 1),
        I(Op.BEFORE_ASYNC_WITH, Operand.None, 1),
        I(Op.WITH_EXCEPT_START, Operand.None, 1),
        I(Op.IMPORT_NAME, Operand.Name, -1),
        I(Op.IMPORT_FROM, Operand.Name, 1),
        I(Op.IMPORT_STAR, Operand.None, -1),
        I(Op.SETUP_ANNOTATIONS, Operand.None, 0),
        I(Op.LOAD_LOCALS, Operand.None, 1),
        I(Op.MATCH_CLASS, Operand.Int, -2),
        I(Op.MATCH_MAPPING, Operand.None, 1),
        I(Op.MATCH_SEQUENCE, Operand.None, 1),
        I(Op.MATCH_KEYS, Operand.None, 1),
        I(Op.GET_LEN, Operand.None, 1),
        I(Op.GET_AITER, Operand.None, 0),
        I(Op.GET_ANEXT, Operand.None, 1),
        I(Op.END_ASYNC_FOR, Operand.None, -2),
    ];

    public static readonly OpInfo[] ByOp = BuildIndex();

    static OpInfo[] BuildIndex()
    {
        var ops = Enum.GetValues<Op>();
        var index = new OpInfo[ops.Length];
        foreach (var r in Rows) index[(int)r.Op] = r;
        return index;
    }

    public static OpInfo Info(Op op) => ByOp[(int)op];
}

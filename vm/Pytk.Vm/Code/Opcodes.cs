namespace Pytk.Vm;

/// <summary>
/// The instruction names. Everything else about an instruction (operand kind, stack effect, jump flag) is in
/// <see cref="OpTable"/>; its semantics is the handler method of the same name in <see cref="Exec"/>.
/// Names follow CPython 3.13 where the instruction means the same thing.
/// </summary>
public enum Op : byte
{
    NOP, RESUME, POP_TOP, COPY, SWAP,
    LOAD_CONST, RETURN_CONST, RETURN_VALUE,
    LOAD_FAST, LOAD_FAST_CHECK, STORE_FAST, DELETE_FAST,
    LOAD_NAME, STORE_NAME, DELETE_NAME,
    LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
    LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF, LOAD_FROM_DICT_OR_GLOBALS, LOAD_CLOSURE,
    LOAD_ATTR, STORE_ATTR, DELETE_ATTR,
    BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BINARY_SLICE, STORE_SLICE,
    BINARY_OP, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, UNARY_POSITIVE,
    COMPARE_OP, IS_OP, CONTAINS_OP,
    JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
    JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
    GET_ITER, FOR_ITER,
    BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING, BUILD_SLICE,
    LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
    UNPACK_SEQUENCE, UNPACK_EX,
    FORMAT_SIMPLE, FORMAT_WITH_SPEC, CONVERT_VALUE,
    CALL, CALL_KW, CALL_FUNCTION_EX,
    MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTE, LOAD_BUILD_CLASS,
    YIELD_VALUE, SEND, END_SEND, GET_YIELD_FROM_ITER, GET_AWAITABLE,
    RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, CHECK_EG_MATCH, LOAD_ASSERTION_ERROR,
    BEFORE_WITH, BEFORE_ASYNC_WITH, WITH_EXCEPT_START,
    IMPORT_NAME, IMPORT_FROM, IMPORT_STAR,
    SETUP_ANNOTATIONS, LOAD_LOCALS,
    MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN,
    GET_AITER, GET_ANEXT, END_ASYNC_FOR,
    CALL_INTRINSIC_1, CALL_INTRINSIC_2,
}

/// <summary>What an instruction's argument means, which decides how `dis` shows it.</summary>
public enum Operand { None, Int, Const, Name, Local, Deref, Jump, BinOp, Compare, Invert, Call, Flags, Format, Attr, Global, Intrinsic1, Intrinsic2 }

/// <summary>
/// One row per instruction. Pop/Push give the stack effect for an argument (and, for jumps, whether the
/// jump is taken); the disassembler, the stack-depth computation and the handler check derive from this.
/// </summary>
public sealed record OpInfo(Op Op, Operand Operand, Func<int, bool, int> Effect)
{
    public string Name => Op.ToString();
    public bool IsJump => Operand == Operand.Jump;
    /// <summary>Control does not continue to the next instruction.</summary>
    public bool IsTerminal => Op is Op.RETURN_VALUE or Op.RETURN_CONST or Op.RAISE_VARARGS or Op.RERAISE
        or Op.JUMP_FORWARD or Op.JUMP_BACKWARD;
}

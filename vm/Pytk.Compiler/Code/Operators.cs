namespace Pytk.Compiler.Code;

/// <summary>
/// Binary operators, numbered as CPython's BINARY_OP argument (NB_ADD = 0 ... NB_XOR = 12; +13 for the
/// in-place forms) so `dis` output reads the same.
/// </summary>
public enum NbOp
{
    Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor,
}

public static class NbOpInfo
{
    public static readonly string[] Symbol = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
    public static readonly string[] Slot =
        ["__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"];
    public static readonly string[] RSlot = Slot.Select(s => "__r" + s[2..]).ToArray();
    public static readonly string[] ISlot = Slot.Select(s => "__i" + s[2..]).ToArray();

    /// <summary>The text `dis` shows for a BINARY_OP argument.</summary>
    public static string ArgRepr(int arg) => arg < 13 ? Symbol[arg] : Symbol[arg - 13] + "=";
}

public enum CmpOp { Lt, Le, Eq, Ne, Gt, Ge }

public static class CmpOpInfo
{
    public static readonly string[] Symbol = ["<", "<=", "==", "!=", ">", ">="];
    public static readonly string[] Slot = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    public static readonly CmpOp[] Swapped = [CmpOp.Gt, CmpOp.Ge, CmpOp.Eq, CmpOp.Ne, CmpOp.Lt, CmpOp.Le];

    public static bool FromOrder(int c, CmpOp op) => op switch
    {
        CmpOp.Lt => c < 0, CmpOp.Le => c <= 0, CmpOp.Eq => c == 0, CmpOp.Ne => c != 0, CmpOp.Gt => c > 0, _ => c >= 0,
    };
}

/// <summary>The names of CALL_INTRINSIC_1 / CALL_INTRINSIC_2 arguments, numbered as CPython 3.13's.</summary>
public static class IntrinsicNames
{
    public const int Print = 1, AsyncGenWrap = 4, TypeVar = 7, ParamSpec = 8, TypeVarTuple = 9, SubscriptGeneric = 10, TypeAlias = 11;
    public const int TypeVarWithBound = 2, TypeVarWithConstraints = 3, SetFunctionTypeParams = 4, SetTypeParamDefault = 5;

    public static readonly string[] One =
    [
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    ];

    public static readonly string[] Two =
    [
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    ];
}

/// <summary>
/// A constant that is not a Python literal: a runtime helper the compiled code calls (as CPython's compiler uses
/// its intrinsics), stored by name in code objects and .pyc files and resolved by the runtime when it loads code.
/// </summary>
public sealed record KnownConstant(string Name)
{
    /// <summary>`case {..., **rest}`: the mapping minus the matched keys, as a new dict.</summary>
    public static readonly KnownConstant MappingRest = new("match.mapping_rest");
}

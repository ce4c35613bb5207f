namespace Pytk.Vm;

/// <summary>
/// Binary operators, numbered as CPython's BINARY_OP argument (NB_ADD = 0 ... NB_XOR = 12; +13 for the
/// in-place forms) so `dis` output reads the same.
/// </summary>
public enum BinOp
{
    Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor,
}

public static class BinOpInfo
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

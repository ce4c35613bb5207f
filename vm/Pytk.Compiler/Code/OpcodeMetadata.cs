namespace Pytk.Compiler.Code;

/// <summary>
/// The opcode table in the shape of CPython's `opcode` and `dis` modules (opname, opmap, hasarg, hasjrel, ...,
/// stack_effect), for pytk's `dis` module and tools. All of it is derived from <see cref="OpTable.Rows"/>. pytk's
/// jump arguments are absolute instruction indices, so every jump is in <see cref="HasJabs"/> and
/// <see cref="HasJrel"/> is empty (CPython 3.13's jumps are relative); <see cref="HasJump"/> lists them either way.
/// </summary>
public static class OpcodeMetadata
{
    /// <summary>opname: the name of every opcode number 0..255, `&lt;n&gt;` for unused numbers.</summary>
    public static readonly IReadOnlyList<string> OpName =
        Enumerable.Range(0, 256).Select(i => i < OpTable.Rows.Length ? OpTable.Rows[i].Name : $"<{i}>").ToArray();

    /// <summary>opmap: name → number.</summary>
    public static readonly IReadOnlyDictionary<string, int> OpMap = OpTable.Rows.ToDictionary(r => r.Name, r => (int)r.Op);

    public static readonly IReadOnlyList<int> HasArg = Where(r => r.HasArg);
    public static readonly IReadOnlyList<int> HasConst = Where(r => r.Operand == Operand.Const);
    public static readonly IReadOnlyList<int> HasName = Where(r => r.Operand == Operand.Name);
    public static readonly IReadOnlyList<int> HasLocal = Where(r => r.Operand == Operand.Local);
    public static readonly IReadOnlyList<int> HasFree = Where(r => r.Operand == Operand.Deref);
    public static readonly IReadOnlyList<int> HasCompare = Where(r => r.Operand == Operand.Compare);
    public static readonly IReadOnlyList<int> HasJump = Where(r => r.IsJump);
    public static readonly IReadOnlyList<int> HasJabs = HasJump;
    public static readonly IReadOnlyList<int> HasJrel = [];

    static int[] Where(Func<OpInfo, bool> p) => OpTable.Rows.Where(p).Select(r => (int)r.Op).ToArray();

    /// <summary>
    /// dis.stack_effect(opcode, oparg=None, *, jump=None): the net stack change; with jump null, the larger of the
    /// taken and not-taken effects. Throws ArgumentException with CPython's ValueError messages for an unknown
    /// opcode or an oparg given to an opcode without one (or missing for one with one).
    /// </summary>
    public static int StackEffect(int opcode, int? oparg = null, bool? jump = null)
    {
        if (opcode < 0 || opcode >= OpTable.Rows.Length) throw new ArgumentException("invalid opcode or oparg");
        var row = OpTable.Rows[opcode];
        if (row.HasArg && oparg is null) throw new ArgumentException("stack_effect: opcode requires oparg but oparg was not specified");
        if (!row.HasArg && oparg is not null) throw new ArgumentException("stack_effect: opcode does not permit oparg but oparg was specified");
        int arg = oparg ?? 0;
        return jump switch
        {
            true => row.Effect(arg, true),
            false => row.Effect(arg, false),
            null => Math.Max(row.Effect(arg, true), row.Effect(arg, false)),
        };
    }
}

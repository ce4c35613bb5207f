using System.Security.Cryptography;
using System.Text;

namespace Pytk.Compiler.Code;

/// <summary>The instruction table: <see cref="Rows"/> is generated from Code/Opcodes.def (Opcodes.g.cs).</summary>
public static partial class OpTable
{
    public static OpInfo[] ByOp => Rows;

    public static OpInfo Info(Op op) => Rows[(int)op];

    /// <summary>Arguments at which the stack effects are sampled for the declaration hash (as gen_opcodes.py's SAMPLE_ARGS).</summary>
    static readonly int[] SampleArgs = [0, 1, 2, 3, 257];

    /// <summary>
    /// The hash gen_opcodes.py computes from the declarations, recomputed here from the live table: equal to
    /// <see cref="DeclarationHash"/> unless the generated files were edited by hand or are stale.
    /// </summary>
    public static string ComputeDeclarationHash(IEnumerable<OpInfo> rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows)
        {
            var flags = Enum.GetValues<OpFlags>().Where(f => f != OpFlags.None && (r.Flags & f) != 0)
                .Select(f => f.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal);
            sb.Append((int)r.Op).Append(' ').Append(r.Name).Append(' ').Append(r.Operand)
              .Append(" [").AppendJoin(',', flags).Append("] ").Append(r.Handler.ToString().ToLowerInvariant());
            if (r.Core is not null) sb.Append('=').Append(r.Core);
            foreach (int a in SampleArgs) sb.Append(' ').Append(r.Effect(a, false)).Append('/').Append(r.Effect(a, true));
            sb.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }
}

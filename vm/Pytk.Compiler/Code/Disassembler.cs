using System.Text;

namespace Pytk.Compiler.Code;

/// <summary>Prints code objects laid out as `python3.13 -m dis` does (labels, line numbers, resolved arguments).</summary>
public static class Disassembler
{
    const int OpNameWidth = 20, OpArgWidth = 5;

    /// <summary>The listing of a code object and, after it, of each code object among its constants (`dis.dis`).
    /// Constants are shown by <paramref name="constRepr"/> (the runtime's repr of the object a constant
    /// became), by default by <see cref="ConstRepr"/>.</summary>
    public static string Disassemble(CodeObject code, Func<CodeObject, int, string>? constRepr = null)
    {
        var sb = new StringBuilder();
        Recursive(code, sb, constRepr ?? DefaultRepr);
        return sb.ToString();
    }

    static void Recursive(CodeObject code, StringBuilder sb, Func<CodeObject, int, string> constRepr)
    {
        One(code, sb, constRepr);
        for (int i = 0; i < code.Consts.Length; i++)
            if (code.Consts[i] is CodeObject inner)
            {
                sb.Append('\n');
                sb.Append("Disassembly of ").Append(constRepr(code, i)).Append(":\n");
                Recursive(inner, sb, constRepr);
            }
    }

    static string DefaultRepr(CodeObject code, int i) => ConstRepr(code.Consts[i]);

    /// <summary>A constant's repr as CPython prints it; a code object as `&lt;code object NAME at 0x…, file "F", line N&gt;`
    /// (its address is a per-process identity of the object).</summary>
    public static string ConstRepr(object? value) => value switch
    {
        CodeObject c => CodeRepr(c, (ulong)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(c) * 16),
        KnownConstant k => $"<built-in function {k.Name[(k.Name.LastIndexOf('.') + 1)..]}>",
        _ => Pytk.Syntax.PyRepr.Repr(value),
    };

    public static string CodeRepr(CodeObject c, ulong address) => $"<code object {c.Name} at 0x{address:x}, file \"{c.Filename}\", line {c.FirstLine}>";

    /// <summary>One code object without the code objects among its constants (`dis.disassemble`).</summary>
    public static string DisassembleOne(CodeObject code, int lasti = -1, Func<CodeObject, int, string>? constRepr = null)
    {
        var sb = new StringBuilder();
        One(code, sb, constRepr ?? DefaultRepr, lasti);
        return sb.ToString();
    }

    /// <summary>Instruction index → label number (L1, L2, ...) for jump targets and exception-table bounds.</summary>
    public static Dictionary<int, int> Labels(CodeObject code)
    {
        var ins = code.Code;
        var labelAt = new SortedSet<int>();
        for (int i = 0; i < ins.Length; i++)
            if (OpTable.Info(ins[i].Op).IsJump) labelAt.Add(ins[i].Arg);
        foreach (var e in code.ExceptionTable) { labelAt.Add(e.Start); labelAt.Add(e.End); labelAt.Add(e.Target); }
        var labels = new Dictionary<int, int>();
        foreach (var off in labelAt) labels[off] = labels.Count + 1;
        return labels;
    }

    /// <summary>The listing of one code object; the instruction at index `lasti` is marked `-->` (dis.distb).</summary>
    static void One(CodeObject code, StringBuilder sb, Func<CodeObject, int, string> constRepr, int lasti = -1)
    {
        var ins = code.Code;
        var labels = Labels(code);
        int labelWidth = 4 + labels.Count.ToString().Length;
        int maxLine = code.Positions.Length == 0 ? 0 : code.Positions.Max(p => p.Line);
        int linenoWidth = Math.Max(3, maxLine.ToString().Length);
        int prevLine = int.MinValue;
        for (int i = 0; i < ins.Length; i++)
        {
            int line = code.Positions[i].Line;
            bool starts = line != prevLine;
            prevLine = line;
            if (starts && i > 0) sb.Append('\n');
            var fields = new List<string>
            {
                starts ? line.ToString().PadLeft(linenoWidth) : new string(' ', linenoWidth),
                labels.TryGetValue(i, out int lb) ? $"L{lb}:".PadLeft(labelWidth) : new string(' ', labelWidth),
                i == lasti ? "-->" : "   ",
            };
            var info = OpTable.Info(ins[i].Op);
            fields.Add(info.Name.PadRight(OpNameWidth));
            if (info.ShowsArg(ins[i].Arg))
            {
                int excess = Math.Max(0, info.Name.Length - OpNameWidth);
                fields.Add(ins[i].Arg.ToString().PadLeft(OpArgWidth - excess));
                var rep = ArgRepr(code, info, ins[i].Arg, labels, constRepr);
                if (rep.Length > 0) fields.Add("(" + rep + ")");
            }
            sb.Append(string.Join(' ', fields).TrimEnd()).Append('\n');
        }
        if (code.ExceptionTable.Length > 0)
        {
            sb.Append("ExceptionTable:\n");
            foreach (var e in code.ExceptionTable)
                sb.Append($"  L{labels[e.Start]} to L{labels[e.End]} -> L{labels[e.Target]} [{e.Depth}]{(e.Lasti ? " lasti" : "")}\n");
        }
    }

    public static string ArgRepr(CodeObject code, OpInfo info, int arg, Dictionary<int, int> labels, Func<CodeObject, int, string>? constRepr = null) => info.Operand switch
    {
        Operand.Const => (constRepr ?? DefaultRepr)(code, arg),
        Operand.Name => code.Names[arg],
        Operand.Local => code.VarNames[arg],
        Operand.Deref => arg < code.CellVars.Length ? code.CellVars[arg] : code.FreeVars[arg - code.CellVars.Length],
        Operand.Jump => labels.TryGetValue(arg, out int l) ? $"to L{l}" : $"to {arg}",
        Operand.BinOp => NbOpInfo.ArgRepr(arg),
        Operand.Compare => CmpOpInfo.Symbol[arg],
        Operand.Format => arg switch { 1 => "str", 2 => "repr", 3 => "ascii", _ => "" },
        Operand.Flags => arg switch { 1 => "defaults", 2 => "kwdefaults", 4 => "annotations", 8 => "closure", _ => "" },
        Operand.Intrinsic1 => IntrinsicNames.One[arg],
        Operand.Intrinsic2 => IntrinsicNames.Two[arg],
        _ => "",
    };
}

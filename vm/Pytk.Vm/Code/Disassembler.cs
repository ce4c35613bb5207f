using System.Text;

namespace Pytk.Vm;

/// <summary>Prints code objects laid out as `python3.13 -m dis` does (labels, line numbers, resolved arguments).</summary>
public static class Disassembler
{
    const int OpNameWidth = 20, OpArgWidth = 5;

    public static string Disassemble(CodeObject code)
    {
        // Constants are shown by their repr, which needs the built-in types' methods: a code object loaded
        // from a .pyc may reach here before anything else has initialized the runtime.
        PythonRuntime.RegisterTypes();
        var sb = new StringBuilder();
        Recursive(code, sb);
        return sb.ToString();
    }

    static void Recursive(CodeObject code, StringBuilder sb)
    {
        One(code, sb);
        foreach (var c in code.Consts)
            if (c is CodeObject inner)
            {
                sb.Append('\n');
                sb.Append("Disassembly of ").Append(CodeRepr(inner)).Append(":\n");
                Recursive(inner, sb);
            }
    }

    public static string CodeRepr(CodeObject c) => $"<code object {c.Name} at 0x{Ops.IdOf(c):x}, file \"{c.Filename}\", line {c.FirstLine}>";

    /// <summary>One code object without the code objects among its constants (`dis.disassemble`).</summary>
    public static string DisassembleOne(CodeObject code, int lasti = -1)
    {
        _ = Runtime.Builtins;
        var sb = new StringBuilder();
        One(code, sb, lasti);
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
    static void One(CodeObject code, StringBuilder sb, int lasti = -1)
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
                var rep = ArgRepr(code, info, ins[i].Arg, labels);
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

    public static string ArgRepr(CodeObject code, OpInfo info, int arg, Dictionary<int, int> labels) => info.Operand switch
    {
        Operand.Const => code.Consts[arg] is CodeObject c ? CodeRepr(c) : Ops.Repr(code.Consts[arg]),
        Operand.Name => code.Names[arg],
        Operand.Local => code.VarNames[arg],
        Operand.Deref => arg < code.CellVars.Length ? code.CellVars[arg] : code.FreeVars[arg - code.CellVars.Length],
        Operand.Jump => labels.TryGetValue(arg, out int l) ? $"to L{l}" : $"to {arg}",
        Operand.BinOp => BinOpInfo.ArgRepr(arg),
        Operand.Compare => CmpOpInfo.Symbol[arg],
        Operand.Format => arg switch { 1 => "str", 2 => "repr", 3 => "ascii", _ => "" },
        Operand.Flags => arg switch { 1 => "defaults", 2 => "kwdefaults", 4 => "annotations", 8 => "closure", _ => "" },
        Operand.Intrinsic1 => Intrinsics.Names1[arg],
        Operand.Intrinsic2 => Intrinsics.Names2[arg],
        _ => "",
    };
}

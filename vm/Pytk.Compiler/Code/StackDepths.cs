namespace Pytk.Compiler.Code;

/// <summary>
/// The value-stack depth before each instruction, from the opcode table's stack effects. In well-formed code
/// every path reaches an instruction with the same depth, so threaded code can address stack slots with
/// constants. Null when that does not hold (then the emitter keeps to handler calls, which read Frame.Sp).
/// </summary>
public static class StackDepths
{
    public static int[]? Compute(CodeObject code)
    {
        var ins = code.Code;
        var depth = new int[ins.Length];
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        bool consistent = true;
        void Reach(int pc, int d)
        {
            if (pc < 0 || pc >= ins.Length || d < 0) { consistent = false; return; }
            if (depth[pc] == d) return;
            if (depth[pc] >= 0) { consistent = false; return; }
            depth[pc] = d;
            work.Push(pc);
        }
        if (ins.Length > 0) Reach(0, 0);
        foreach (var e in code.ExceptionTable) Reach(e.Target, e.Depth + (e.Lasti ? 1 : 0) + 1);
        while (work.Count > 0 && consistent)
        {
            int pc = work.Pop();
            var info = OpTable.Info(ins[pc].Op);
            int d = depth[pc];
            if (info.IsJump) Reach(ins[pc].Arg, d + info.Effect(ins[pc].Arg, true));
            if (!info.IsTerminal && pc + 1 < ins.Length) Reach(pc + 1, d + info.Effect(ins[pc].Arg, false));
        }
        return consistent ? depth : null;
    }
}

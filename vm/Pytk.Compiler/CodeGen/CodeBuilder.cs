namespace Pytk.Compiler.CodeGen;

public sealed class Label
{
    public int Index = -1;
}

/// <summary>An exception handler being set up: target label, and the stack depth found by the assembler.</summary>
public sealed class ExceptionHandler(Label target, bool lasti, int adjust = 0)
{
    /// <summary>Added to the depth measured at setup (with: the __enter__ result is consumed right after).</summary>
    public readonly int Adjust = adjust;
    public readonly Label Target = target;
    public readonly bool Lasti = lasti;
    public int Depth = -1;
}

/// <summary>
/// Instruction buffer of one code object. Jumps refer to labels; each instruction records the innermost
/// handler active when it was emitted; a SETUP marker (removed at assembly) records where a handler's stack
/// depth is measured. Assembly resolves labels, computes the maximum stack depth from the opcode table's
/// effects, and turns the per-instruction handlers into exception-table ranges (CPython's scheme).
/// </summary>
public sealed class CodeBuilder
{
    record struct Item
    {
        public Op Op;
        public int Arg;
        public Label? Target;
        public ExceptionHandler? Handler;
        public ExceptionHandler? Setup;
        public Position Pos;
        public bool IsMarker;
    }

    readonly List<Item> items = new();
    readonly Stack<ExceptionHandler> handlers = new();
    public Position Pos;

    public void Emit(Op op, int arg = 0) =>
        items.Add(new Item { Op = op, Arg = arg, Handler = handlers.Count > 0 ? handlers.Peek() : null, Pos = Pos });

    public void Jump(Op op, Label target) =>
        items.Add(new Item { Op = op, Target = target, Handler = handlers.Count > 0 ? handlers.Peek() : null, Pos = Pos });

    public Label NewLabel() => new();

    public void Mark(Label l)
    {
        // A label marks the next instruction; we record the item index now.
        l.Index = items.Count;
        lastMark = items.Count;
    }

    /// <summary>Where the last label was marked: a label after a jump makes the next code reachable again.</summary>
    int lastMark = -1;

    public ExceptionHandler PushHandler(Label target, bool lasti = false, int adjust = 0)
    {
        var h = new ExceptionHandler(target, lasti, adjust);
        items.Add(new Item { IsMarker = true, Setup = h, Handler = handlers.Count > 0 ? handlers.Peek() : null, Pos = Pos });
        handlers.Push(h);
        return h;
    }

    public void PopHandler() => handlers.Pop();

    /// <summary>Temporarily leaves the innermost handlers (for code emitted by break/return unwinding).</summary>
    public ExceptionHandler[] SaveHandlers() => handlers.ToArray();
    public void RestoreHandlers(ExceptionHandler[] saved)
    {
        handlers.Clear();
        for (int i = saved.Length - 1; i >= 0; i--) handlers.Push(saved[i]);
    }
    public void PopHandlersTo(int count) { while (handlers.Count > count) handlers.Pop(); }
    public int HandlerCount => handlers.Count;

    public bool LastIsTerminal => items.Count > 0 && lastMark != items.Count && !items[^1].IsMarker && OpTable.Info(items[^1].Op).IsTerminal;

    public void Assemble(CodeObject code)
    {
        code.StackSize = StackDepth(out var reached);
        // Unreachable instructions (code after return/raise/break) are dropped, as CPython's optimizer does.
        for (int i = 0; i < items.Count; i++)
            if (reached[i] < 0 && !items[i].IsMarker) items[i] = items[i] with { IsMarker = true, Setup = null };
        // Map item indices to instruction indices (markers take no slot).
        var map = new int[items.Count + 1];
        int n = 0;
        for (int i = 0; i < items.Count; i++) { map[i] = n; if (!items[i].IsMarker) n++; }
        map[items.Count] = n;
        int Resolve(Label l) => map[l.Index < 0 ? throw new InvalidOperationException("unplaced label") : l.Index];

        var instrs = new Instr[n];
        var pos = new Position[n];
        var handlerOf = new ExceptionHandler?[n];
        for (int i = 0, k = 0; i < items.Count; i++)
        {
            var it = items[i];
            if (it.IsMarker) continue;
            instrs[k] = new Instr(it.Op, it.Target is not null ? Resolve(it.Target) : it.Arg);
            pos[k] = it.Pos;
            handlerOf[k] = it.Handler;
            k++;
        }
        var table = new List<ExceptionEntry>();
        for (int i = 0; i < n;)
        {
            var h = handlerOf[i];
            int j = i + 1;
            while (j < n && handlerOf[j] == h) j++;
            if (h is not null) table.Add(new ExceptionEntry(i, j, Resolve(h.Target), Math.Max(0, h.Depth), h.Lasti));
            i = j;
        }
        code.Code = instrs;
        code.Positions = pos;
        code.ExceptionTable = table.ToArray();
    }

    /// <summary>Flow analysis over the items: the deepest stack any path reaches.</summary>
    int StackDepth(out int[] depth)
    {
        depth = new int[items.Count + 1];
        var d0 = depth;
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        void Visit(int i, int d)
        {
            if (i > items.Count) return;
            if (d0[i] >= d) return;
            d0[i] = d;
            work.Push(i);
        }
        Visit(0, 0);
        int max = 0;
        while (work.Count > 0)
        {
            int i = work.Pop();
            int d = depth[i];
            if (i >= items.Count) continue;
            var it = items[i];
            if (it.IsMarker)
            {
                var h = it.Setup!;
                if (h.Depth < d + h.Adjust) h.Depth = d + h.Adjust;
                int hd = d + h.Adjust + (h.Lasti ? 1 : 0) + 1;
                max = Math.Max(max, hd);
                Visit(h.Target.Index, hd);
                Visit(i + 1, d);
                continue;
            }
            var info = OpTable.Info(it.Op);
            int after = d + info.Effect(it.Arg, false);
            max = Math.Max(max, Math.Max(after, d));
            if (info.IsJump)
            {
                int taken = d + info.Effect(it.Arg, true);
                max = Math.Max(max, taken);
                Visit(it.Target!.Index, taken);
            }
            if (!info.IsTerminal) Visit(i + 1, after);
        }
        return max;
    }
}

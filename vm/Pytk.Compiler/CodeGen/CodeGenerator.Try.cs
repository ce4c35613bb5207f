using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>
/// try/except/finally, except*, with: protected ranges become exception-table entries. A handler is entered
/// with [.., exc]; PUSH_EXC_INFO saves the previously handled exception under it, POP_EXCEPT restores it,
/// and a cleanup handler restores it when the handler body itself raises.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>[.., prev_exc, exc] → restore prev_exc and re-raise exc. `extra` values sit under prev_exc.</summary>
    void EmitCleanup(Label l, int extra)
    {
        Mark(l);
        Emit(Op.SWAP, 2);
        Emit(Op.POP_EXCEPT);
        for (int i = 0; i < extra; i++) { Emit(Op.SWAP, 2); Emit(Op.POP_TOP); }
        Emit(Op.RERAISE, 0);
    }

    void Try(A.Try t)
    {
        // The `try:` line's own instruction (as CPython's): a tracer and a debugger stop on it.
        Emit(Op.NOP);
        if (t.finalbody.Count == 0) { TryExcept(t.body, t.handlers, t.orelse); return; }
        var handler = NewLabel();
        var end = NewLabel();
        u.B.PushHandler(handler);
        AddBlock(new FBlock(FKind.Finally, null, null, t.finalbody), t);
        if (t.handlers.Count > 0) TryExcept(t.body, t.handlers, t.orelse); else Body(t.body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        u.B.PopHandler();
        Body(t.finalbody);
        Jump(Op.JUMP_FORWARD, end);

        // Exceptional path: run the finally body, then re-raise.
        Mark(handler);
        var cleanup = NewLabel();
        u.B.PushHandler(cleanup);
        Emit(Op.PUSH_EXC_INFO);
        AddBlock(new FBlock(FKind.FinallyEnd, null, null));
        Body(t.finalbody);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        Emit(Op.RERAISE, 0);
        u.B.PopHandler();
        EmitCleanup(cleanup, 0);
        Mark(end);
    }

    void TryExcept(List<A.StmtNode> body, List<A.ExceptHandlerNode> handlers, List<A.StmtNode> orelse)
    {
        var handler = NewLabel();
        var end = NewLabel();
        u.B.PushHandler(handler);
        AddBlock(new FBlock(FKind.TryExcept, null, null));
        Body(body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        u.B.PopHandler();
        Body(orelse);
        Jump(Op.JUMP_FORWARD, end);

        Mark(handler);
        var cleanup = NewLabel();
        u.B.PushHandler(cleanup);
        Emit(Op.PUSH_EXC_INFO);
        // The except clauses sit in a block of their own, as CPython's EXCEPTION_HANDLER (it counts
        // toward the nesting limit: each clause body is two blocks deeper than its try).
        AddBlock(new FBlock(FKind.ExceptionHandler, null, null));
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = (A.ExceptHandler)handlers[i];
            SetPos(h);
            if (h.type is null && i < handlers.Count - 1) throw Error("default 'except:' must be last", h);
            var next = NewLabel();
            if (h.type is not null)
            {
                Expr(h.type);
                Emit(Op.CHECK_EXC_MATCH);
                Jump(Op.POP_JUMP_IF_FALSE, next);
            }
            if (h.name is not null) StoreName(h.name); else Emit(Op.POP_TOP);
            // The body runs with [prev_exc] on the stack; an exception in it must clear the name, then clean up.
            AddBlock(new FBlock(FKind.HandlerCleanup, null, null, null, h.name));
            if (h.name is not null)
            {
                var nameCleanup = NewLabel();
                u.B.PushHandler(nameCleanup);
                Body(h.body);
                u.B.PopHandler();
                u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
                Emit(Op.POP_EXCEPT);
                LoadConst(null); StoreName(h.name); DeleteName(h.name);
                Jump(Op.JUMP_FORWARD, end);
                Mark(nameCleanup);
                LoadConst(null); StoreName(h.name); DeleteName(h.name);
                Emit(Op.RERAISE, 0);
            }
            else
            {
                Body(h.body);
                u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
                Emit(Op.POP_EXCEPT);
                Jump(Op.JUMP_FORWARD, end);
            }
            Mark(next);
        }
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        Emit(Op.RERAISE, 0);
        u.B.PopHandler();
        EmitCleanup(cleanup, 0);
        Mark(end);
    }

    /// <summary>except*: each clause takes the matching part of the group; what is left is re-raised.</summary>
    void TryStar(A.TryStar t)
    {
        if (t.finalbody.Count > 0)
        {
            Try(new A.Try(new List<A.StmtNode> { new A.TryStar(t.body, t.handlers, t.orelse, new()) { lineno = t.lineno, col_offset = t.col_offset, end_lineno = t.end_lineno, end_col_offset = t.end_col_offset } },
                new(), new(), t.finalbody) { lineno = t.lineno, col_offset = t.col_offset, end_lineno = t.end_lineno, end_col_offset = t.end_col_offset });
            return;
        }
        var handler = NewLabel();
        var end = NewLabel();
        u.B.PushHandler(handler);
        AddBlock(new FBlock(FKind.TryExcept, null, null));
        Body(t.body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        u.B.PopHandler();
        Body(t.orelse);
        Jump(Op.JUMP_FORWARD, end);

        Mark(handler);
        var cleanup = NewLabel();
        u.B.PushHandler(cleanup);
        Emit(Op.PUSH_EXC_INFO);           // [prev, exc]
        AddBlock(new FBlock(FKind.ExceptionHandler, null, null));   // CPython's EXCEPTION_GROUP_HANDLER
        foreach (A.ExceptHandler h in t.handlers)
        {
            SetPos(h);
            if (h.type is null) throw Error("expected 'except' or 'finally' block", h);
            var next = NewLabel();
            Expr(h.type);
            Emit(Op.CHECK_EG_MATCH);      // [prev, rest, match]
            Emit(Op.COPY, 1);
            Jump(Op.POP_JUMP_IF_NONE, next);
            if (h.name is not null) StoreName(h.name); else Emit(Op.POP_TOP);   // [prev, rest]
            var bodyErr = NewLabel();
            var after = NewLabel();
            u.B.PushHandler(bodyErr);
            AddBlock(new FBlock(FKind.ExceptStar, null, null));
            Body(h.body);
            u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
            u.B.PopHandler();
            Jump(Op.JUMP_FORWARD, after);
            // An exception raised in the clause body replaces the rest (chained); keep it simple: raise it.
            Mark(bodyErr);                // [prev, rest, exc2]
            Emit(Op.SWAP, 2);
            Emit(Op.POP_TOP);             // [prev, exc2]
            Emit(Op.RERAISE, 0);
            Mark(after);
            if (h.name is not null) { LoadConst(null); StoreName(h.name); DeleteName(h.name); }
            var cont = NewLabel();
            Jump(Op.JUMP_FORWARD, cont);
            Mark(next);                   // [prev, rest, None]
            Emit(Op.POP_TOP);
            Mark(cont);                   // [prev, rest]
            // Nothing left to handle: done.
            var more = NewLabel();
            Emit(Op.COPY, 1);
            Jump(Op.POP_JUMP_IF_NOT_NONE, more);
            Emit(Op.POP_TOP);
            Emit(Op.POP_EXCEPT);
            Jump(Op.JUMP_FORWARD, end);
            Mark(more);
        }
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        Emit(Op.RERAISE, 0);
        u.B.PopHandler();
        EmitCleanup(cleanup, 0);
        Mark(end);
    }

    void With(A.With w, int index)
    {
        var item = w.items[index];
        Expr(item.context_expr);
        SetPos(w);
        Emit(Op.BEFORE_WITH);            // [exit, value]
        var handler = NewLabel();
        var end = NewLabel();
        u.B.PushHandler(handler, adjust: -1);
        AddBlock(new FBlock(FKind.With, null, null), item.context_expr);
        if (item.optional_vars is not null) Store(item.optional_vars); else Emit(Op.POP_TOP);
        if (index + 1 < w.items.Count) With(w, index + 1); else Body(w.body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        u.B.PopHandler();
        SetPos(w);
        LoadConst(null); LoadConst(null); LoadConst(null);
        Emit(Op.CALL, 3);
        Emit(Op.POP_TOP);
        Jump(Op.JUMP_FORWARD, end);
        WithHandler(handler, end, false);
        Mark(end);
    }

    /// <summary>[exit, exc] → call exit(type, exc, tb); a true result swallows the exception.</summary>
    void WithHandler(Label handler, Label end, bool isAsync)
    {
        Mark(handler);
        var cleanup = NewLabel();
        u.B.PushHandler(cleanup);
        Emit(Op.PUSH_EXC_INFO);          // [exit, prev, exc]
        Emit(Op.WITH_EXCEPT_START);      // [exit, prev, exc, res]
        if (isAsync) AwaitTop();
        var suppress = NewLabel();
        Jump(Op.POP_JUMP_IF_TRUE, suppress);
        Emit(Op.RERAISE, 0);
        Mark(suppress);
        Emit(Op.POP_TOP);                // [exit, prev]
        Emit(Op.POP_EXCEPT);             // [exit]
        Emit(Op.POP_TOP);
        Jump(Op.JUMP_FORWARD, end);
        u.B.PopHandler();
        EmitCleanup(cleanup, 1);
    }

    void AsyncWith(A.AsyncWith w, int index)
    {
        var item = w.items[index];
        Expr(item.context_expr);
        SetPos(w);
        Emit(Op.BEFORE_ASYNC_WITH);
        AwaitTop();
        var handler = NewLabel();
        var end = NewLabel();
        u.B.PushHandler(handler, adjust: -1);
        AddBlock(new FBlock(FKind.AsyncWith, null, null), item.context_expr);
        if (item.optional_vars is not null) Store(item.optional_vars); else Emit(Op.POP_TOP);
        if (index + 1 < w.items.Count) AsyncWith(w, index + 1); else Body(w.body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        u.B.PopHandler();
        SetPos(w);
        LoadConst(null); LoadConst(null); LoadConst(null);
        Emit(Op.CALL, 3);
        AwaitTop();
        Emit(Op.POP_TOP);
        Jump(Op.JUMP_FORWARD, end);
        WithHandler(handler, end, true);
        Mark(end);
    }

    void AsyncFor(A.AsyncFor f)
    {
        var top = NewLabel();
        var end = NewLabel();
        var handler = NewLabel();
        var orelse = NewLabel();
        Expr(f.iter);
        SetPos(f);
        Emit(Op.GET_AITER);
        Mark(top);
        u.B.PushHandler(handler);
        Emit(Op.GET_ANEXT);
        LoadConst(null);
        YieldFromLoop();
        u.B.PopHandler();
        Store(f.target);
        AddBlock(new FBlock(FKind.AsyncFor, top, end), f);
        Body(f.body);
        u.FBlocks.RemoveAt(u.FBlocks.Count - 1);
        Jump(Op.JUMP_BACKWARD, top);
        Mark(handler);                   // [aiter, exc]
        Emit(Op.END_ASYNC_FOR);
        Mark(orelse);
        Body(f.orelse);
        Mark(end);
    }
}

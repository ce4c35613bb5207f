namespace Pytk.Vm.Execution;

/// <summary>
/// Frame objects (tb_frame, sys._getframe(), f_back): the attributes tracebacks, unittest, inspect and
/// logging-style code read. They view the live VM frame, so f_lineno follows the running line.
/// </summary>
public static class FrameMethods
{
    public static void Register()
    {
        var t = Types.Frame;
        static Frame F(PyObject o) => ((PyFrameObject)o).Frame;
        Def.Prop(t, "f_code", o => F(o).Code);
        Def.Prop(t, "f_globals", o => PyDict.Namespace(F(o).Globals));
        Def.Prop(t, "f_locals", o => FrameLocals(F(o)));
        Def.Prop(t, "f_builtins", o => PyDict.Namespace(Runtime.Builtins));
        Def.Prop(t, "f_back", o => F(o).Back is { } b ? PyFrameObject.Of(b) : Py.None);
        Def.Prop(t, "f_lineno", o => PyInt.From(F(o).Line));
        Def.Prop(t, "f_lasti", o => PyInt.From(Math.Max(F(o).Pc, 0) * 2));
        Tracing.RegisterFrame(t);
        Def.M0(t, "clear", o => Py.None);
        Def.M0(t, "__repr__", o =>
        {
            var f = F(o);
            return new PyStr($"<frame at 0x{Ops.IdOf(o):x}, file '{f.Code.Filename}', line {f.Line}, code {f.Code.Name}>");
        });
    }

    /// <summary>sys._getframe(depth): the caller's frame, or the one `depth` calls further out.</summary>
    public static PyObject GetFrame(int depth)
    {
        var f = Interpreter.Current;
        for (int i = 0; i < depth && f is not null; i++) f = f.Back;
        if (f is null) throw Err.Value("call stack is not deep enough");
        return PyFrameObject.Of(f);
    }

    /// <summary>f_locals: the namespace of a module or class frame; a function frame's variables in the frame's one
    /// dict (<see cref="Frame.LocalsSnapshot"/>), where keys that are no variables persist between reads.</summary>
    static PyObject FrameLocals(Frame f)
    {
        if (f.LocalsMap is not null || f.Locals is not null) return Builtins.LocalsOf(f);
        var fresh = (PyDict)Builtins.LocalsOf(f);
        if (f.LocalsSnapshot is not { } d) return f.LocalsSnapshot = fresh;
        var code = f.Code;
        foreach (var name in code.VarNames.Concat(code.CellVars).Concat(code.FreeVars))
            d.Remove(new PyStr(name), out _);
        foreach (var (k, v) in fresh.Items()) d.Set(k, v);
        return d;
    }
}

using System.Runtime.CompilerServices;

namespace Pytk.Vm;

/// <summary>
/// A Python view of an activation (`frame` objects from sys._getframe, tb_frame, inspect.currentframe). The
/// VM's Frame is not a PyObject (it is the hot path); one view per Frame is kept while the Frame lives, so
/// `sys._getframe() is sys._getframe()` holds as in CPython.
/// </summary>
public sealed class PyFrame : PyObject
{
    public readonly Frame F;
    static readonly ConditionalWeakTable<Frame, PyFrame> Views = new();

    PyFrame(Frame f) : base(Types.Frame) { F = f; }

    public static PyFrame Of(Frame f) => Views.GetValue(f, x => new PyFrame(x));

    public static void Register()
    {
        var t = Types.Frame;
        Def.Prop(t, "f_code", o => ((PyFrame)o).F.Code);
        Def.Prop(t, "f_lineno", o => PyInt.From(((PyFrame)o).F.Line));
        Def.Prop(t, "f_lasti", o => PyInt.From(((PyFrame)o).F.Pc * 2));
        Def.Prop(t, "f_back", o => ((PyFrame)o).F.Back is { } b ? Of(b) : Py.None);
        Def.Prop(t, "f_globals", o => PyDict.Namespace(((PyFrame)o).F.Globals));
        Def.Prop(t, "f_builtins", o => PyDict.Namespace(Runtime.Builtins));
        Def.Prop(t, "f_locals", o => Vm.Builtins.LocalsOf(((PyFrame)o).F));
        Def.M0(t, "__repr__", o =>
        {
            var f = ((PyFrame)o).F;
            return new PyStr($"<frame at 0x{Ops.IdOf(o):x}, file '{f.Code.Filename}', line {f.Line}, code {f.Code.Name}>");
        });
        // Code attributes inspect reads (signatures, function kinds).
        var c = Types.Code;
        Def.Prop(c, "co_flags", o => PyInt.From((int)((CodeObject)o).Flags));
        Def.Prop(c, "co_posonlyargcount", o => PyInt.From(((CodeObject)o).PosOnlyArgCount));
        Def.Prop(c, "co_kwonlyargcount", o => PyInt.From(((CodeObject)o).KwOnlyArgCount));
        Def.Prop(c, "co_nlocals", o => PyInt.From(((CodeObject)o).VarNames.Length));
        Def.Prop(c, "co_stacksize", o => PyInt.From(((CodeObject)o).StackSize));
        Def.Prop(c, "co_qualname", o => new PyStr(((CodeObject)o).QualName));
        Def.Prop(c, "co_names", o => Names(((CodeObject)o).Names));
        Def.Prop(c, "co_cellvars", o => Names(((CodeObject)o).CellVars));
        Def.Prop(c, "co_freevars", o => Names(((CodeObject)o).FreeVars));
        Def.Prop(c, "co_consts", o => new PyTuple(((CodeObject)o).Consts));
        // types.ModuleType(name, doc=None): modules made at run time (module objects are otherwise made by imports).
        Def.Static(Types.Module, "__new__", (a, kw) =>
        {
            var name = Def.Arg(a, kw, 1, "name") ?? throw Err.Type("module.__new__() missing required argument 'name' (pos 1)");
            if (name is not PyStr ns) throw Err.Type($"module.__init__() argument 'name' must be str, not {name.Type.Name}");
            var m = new PyModule(ns.Value);
            m.Dict!["__doc__"] = Def.Arg(a, kw, 2, "doc", Py.None)!;
            m.Dict.TryAdd("__package__", Py.None);
            m.Dict.TryAdd("__loader__", Py.None);
            m.Dict.TryAdd("__spec__", Py.None);
            return m;
        });
        Def.Method(Types.Module, "__init__", (a, kw) => Py.None);
        // types.MethodType(function, instance).
        Def.Static(Types.Method, "__new__", (a, kw) =>
        {
            if (a.Length != 3) throw Err.Type($"method expected 2 arguments, got {Math.Max(0, a.Length - 1)}");
            if (!Ops.IsCallable(a[1])) throw Err.Type("first argument must be callable");
            if (a[2] is PyNone) throw Err.Type("instance must not be None");
            return new PyMethod(a[2], a[1]);
        });
        Def.Prop(Types.Traceback, "tb_frame", o => ((PyTraceback)o).Frame is { } f ? Of(f) : Py.None);
        Def.Prop(Types.Traceback, "tb_lasti", o => PyInt.From(Math.Max(0, ((PyTraceback)o).Pc) * 2));
    }

    static PyTuple Names(string[] names) => new(names.Select(n => (PyObject)new PyStr(n)).ToArray());

    /// <summary>sys._getframe([depth]): the caller's frame, or the one `depth` calls above it.</summary>
    public static PyObject GetFrame(PyObject[] a, KwArgs? kw)
    {
        int depth = a.Length > 0 ? Ops.IndexInt(a[0]) : 0;
        var f = Interpreter.Current;
        for (int i = 0; i < depth && f is not null; i++) f = f.Back;
        if (f is null) throw Err.Value("call stack is not deep enough");
        return Of(f);
    }
}

/// <summary>
/// `_traceback`: what the shipped traceback module needs from the VM: the formatter of uncaught exceptions (so
/// `traceback.print_exc()` prints exactly what an uncaught exception would) and one entry's source lines with
/// CPython's caret line.
/// </summary>
public static class TracebackCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_traceback");
        // format(exc, chain=True) -> the whole report as one string.
        m.Dict!["format"] = Def.Func("format", (a, kw) =>
        {
            if (a.Length < 1 || a[0] is not PyBaseException e) throw Err.Type("format() expects an exception");
            bool chain = a.Length < 2 || Ops.Truth(a[1]);
            return new PyStr(Traceback.Format(e, chain));
        });
        // source(code, lineno, lasti) -> "    line\n    ^^^^\n" (empty when the source is not available).
        m.Dict["source"] = Def.Func("source", (a, kw) =>
        {
            if (a.Length != 3 || a[0] is not CodeObject code) throw Err.Type("source(code, lineno, lasti) expects a code object");
            int line = Ops.IndexInt(a[1]), pc = Ops.IndexInt(a[2]) / 2;
            return new PyStr(Traceback.SourceBlock(code, line, pc));
        });
        // getline(filename, lineno) -> the line with its newline, or '' (linecache.getline).
        m.Dict["getline"] = Def.Func("getline", (a, kw) =>
        {
            var lines = Cache.LineCache.Lines(Ops.Str(a[0]));
            int n = Ops.IndexInt(a[1]);
            return new PyStr(lines is not null && n >= 1 && n <= lines.Length && !(n == lines.Length && lines[n - 1].Length == 0)
                ? lines[n - 1] + "\n" : "");
        });
        return m;
    }
}

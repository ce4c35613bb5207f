using System.Text;

namespace Pytk.Vm.Builtin;

/// <summary>
/// eval, exec and compile. The VM cannot parse (the parser sits above it), so the host installs
/// <see cref="CompileSource"/>; code then runs in a frame whose globals and locals are the given mappings,
/// or the caller's (a function's locals are a snapshot dict, as in CPython 3.13).
/// </summary>
public static class EvalExec
{

    public static void Register(Dictionary<string, PyObject> d)
    {
        d["compile"] = Def.Func("compile", Compile);
        d["eval"] = Def.Func("eval", (a, kw) => Run("eval", a, kw));
        d["exec"] = Def.Func("exec", (a, kw) => { Run("exec", a, kw); return Py.None; });
    }

    static PyObject Compile(PyObject[] a, KwArgs? kw)
    {
        var source = Def.Arg(a, kw, 0, "source") ?? throw Err.Type("compile() missing required argument 'source' (pos 1)");
        var filenameObj = Def.Arg(a, kw, 1, "filename") ?? throw Err.Type("compile() missing required argument 'filename' (pos 2)");
        var modeObj = Def.Arg(a, kw, 2, "mode") ?? throw Err.Type("compile() missing required argument 'mode' (pos 3)");
        string filename = filenameObj switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Value),
            _ => throw Err.Type($"compile() argument 'filename' must be str, bytes or os.PathLike, not {filenameObj.Type.Name}"),
        };
        string mode = modeObj is PyStr ms ? ms.Value : throw Err.Type($"compile() argument 'mode' must be str, not {modeObj.Type.Name}");
        if (mode is not ("exec" or "eval" or "single"))
            throw Err.Value("compile() mode must be 'exec', 'eval' or 'single'");
        var flagsObj = Def.Arg(a, kw, 3, "flags");
        int flags = flagsObj is null ? 0 : Ops.IndexInt(flagsObj);
        const int OnlyAst = 0x400;
        if (source is PyCode code) return code;
        if (AstCore.IsAst(source))
            return (flags & OnlyAst) != 0 ? source : AstCore.CompileTree(source, filename, mode);
        var text = SourceText(source, "compile", allowCode: false);
        if ((flags & OnlyAst) != 0)
        {
            return AstCore.ToPy(SyntaxHost.Current.Parse(text, filename, mode, (flags & 0x1000) != 0, -1));
        }
        return CompileText(text, filename, mode);
    }

    static PyCode CompileText(string text, string filename, string mode)
    {
        if (text.Contains('\0')) throw Err.New(ExcTypes.SyntaxError, "source code string cannot contain null bytes");
        var host = PythonRuntime.Current.Compiler ?? throw Err.Runtime("compiling source text is not available in this host");
        var code = host.CompileSource(text, filename, mode);
        CompileWarnings.Issue(code);
        return new PyCode(code);
    }

    static string DecodeSource(byte[] bytes) => PythonRuntime.Current.Compiler?.DecodeSource(bytes, "<string>") ?? Decode(bytes);

    static string SourceText(PyObject source, string fname, bool allowCode) => source switch
    {
        PyStr s => Utf8Text(s.Value),
        PyBytes b => DecodeSource(b.Value),
        _ when BytesText.BytesLike(source) is { } buffer => DecodeSource(buffer),
        _ => throw Err.Type(allowCode
            ? $"{fname}() arg 1 must be a string, bytes or code object"
            : $"{fname}() arg 1 must be a string, bytes or AST object"),
    };

    /// <summary>Source text must encode to UTF-8, as CPython hands the parser its UTF-8: a lone surrogate cannot.</summary>
    public static string Utf8Text(string text)
    {
        for (int i = 0, point = 0; i < text.Length; i++, point++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i]))
                throw BuiltinTypes.Str.Codecs.EncodeError("utf-8", text, point, point + 1, "surrogates not allowed");
        }
        return text;
    }

    static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    static PyObject Run(string mode, PyObject[] a, KwArgs? kw)
    {
        if (a.Length == 0 && Def.Arg(a, kw, 0, "source") is null)
            throw Err.Type($"{mode} expected at least 1 argument, got 0");
        if (a.Length > 3) throw Err.Type($"{mode} expected at most 3 arguments, got {a.Length}");
        var source = Def.Arg(a, kw, 0, "source")!;
        var globalsObj = Def.Arg(a, kw, 1, "globals") ?? Py.None;
        var localsObj = Def.Arg(a, kw, 2, "locals") ?? Py.None;
        if (globalsObj is not PyNone && globalsObj is not PyDict)
            throw Err.Type(mode == "exec" ? $"exec() globals must be a dict, not {globalsObj.Type.Name}"
                : localsObj is PyNone ? $"globals must be a real dict; try eval(expr, {{}}, mapping)" : $"globals must be a dict");
        if (localsObj is not PyNone && Ops.GetAttrOrNull(localsObj, "__getitem__") is null)
            throw Err.Type(mode == "exec" ? $"locals must be a mapping or None, not {localsObj.Type.Name}" : "locals must be a mapping");

        var caller = Interpreter.Current;
        Dictionary<string, PyObject> globals;
        PyObject? locals = localsObj is PyNone ? null : localsObj;
        if (globalsObj is PyDict g)
        {
            globals = g.AsNamespace() ?? throw Err.Type("pytk: globals with non-str keys are not supported");
            locals ??= g;
        }
        else
        {
            globals = caller?.Globals ?? throw Err.Runtime($"{mode}(): no current frame");
            locals ??= Builtins.LocalsOf(caller);
        }
        // CPython puts the builtins in a globals dict that has none.
        globals.TryAdd("__builtins__", PyDict.Namespace(Runtime.Builtins));

        PyCode code;
        if (source is PyCode c)
        {
            if (c.FreeVars.Length > 0)
                throw Err.Type($"code object passed to {mode}() may not contain free variables");
            code = c;
        }
        else
        {
            var text = SourceText(source, mode, allowCode: true);
            if (mode == "eval") text = text.TrimStart(' ', '\t');
            code = CompileText(text, "<string>", mode);
        }

        var frame = new Frame(code, globals, null);
        if (locals is PyDict ld && ld.Type == Types.Dict && ld.AsNamespace() is { } lns) frame.Locals = lns;
        else frame.LocalsMap = locals;
        Interpreter.InitCells(null, frame);
        return Interpreter.RunFrame(frame);
    }
}

using Pytk.Compiler.CodeGen;
using System.Numerics;
using A = Pytk.Syntax;

namespace Pytk.Vm.NativeModules;

/// <summary>
/// What the shipped `tokenize` and `ast` modules need from the pipeline above the VM, which cannot parse (the
/// grammar sits above it); the compiler and the AST model are below it. A runtime's compiler host
/// (<see cref="ICompilerHost"/>) offers it by implementing this interface too (Pytk.Hosting's CompilerHost does).
/// </summary>
public interface ISyntaxHost
{
    /// <summary>The token stream of `pytk tokenize` for the text, ENDMARKER last, each token given to
    /// emit(typeName, exactName, string, startLine, startCol, endLine, endCol); raises SyntaxError (a PyException)
    /// where the tokenizer stops, after emitting the tokens before it.</summary>
    void Tokenize(string text, string filename, Action<string, string, string, int, int, int, int> emit);

    /// <summary>The C# tree of the text; mode is exec, eval, single or func_type; featureVersion the minor version
    /// asked for (-1: none). Raises SyntaxError as a PyException.</summary>
    A.ModNode Parse(string text, string filename, string mode, bool typeComments, int featureVersion);

    /// <summary>The top block of the compiler's symbol table for the text in its CPython view (what `pytk symtable`
    /// prints); mode is exec, eval or single. Raises SyntaxError as a PyException.</summary>
    Pytk.Semantics.SymbolBlock Symtable(string text, string filename, string mode);
}

public static class SyntaxHost
{
    /// <summary>The syntax side of this thread's runtime's compiler host.</summary>
    public static ISyntaxHost Current => PythonRuntime.Current.Compiler as ISyntaxHost
        ?? throw Err.Runtime("parsing is not available in this host");
}

/// <summary>
/// `_tokenize`: the token rows of pytk's own tokenizer for Lib/tokenize.py, which makes TokenInfo tuples of them.
/// </summary>
public static class TokenizeCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_tokenize");
        // tokens(text, filename) -> (rows, error): rows are (type_name, exact_name, string, (sl, sc), (el, ec));
        // error is the SyntaxError the tokenizer stopped at, or None.
        m.Dict!["tokens"] = Def.Func("tokens", (a, kw) =>
        {
            var host = SyntaxHost.Current;
            string text = Def.Str(a[0], "source"), filename = a.Length > 1 ? Def.Str(a[1], "filename") : "<string>";
            var rows = new List<PyObject>();
            PyObject error = Py.None;
            try
            {
                host.Tokenize(text, filename, (type, exact, s, sl, sc, el, ec) => rows.Add(PyTuple.Of(
                    new PyStr(type), new PyStr(exact), new PyStr(s),
                    PyTuple.Of(PyInt.From(sl), PyInt.From(sc)), PyTuple.Of(PyInt.From(el), PyInt.From(ec)))));
            }
            catch (PyException e) { error = e.Value; }
            return PyTuple.Of(new PyList(rows), error);
        });
        return m;
    }
}

/// <summary>
/// `_astcore`: the bridge between the C# AST model (Pytk.Syntax) and the node classes of Lib/_ast.py, which
/// gen_ast.py generates from the same Ast.def. The conversion is generic over the generated node descriptors
/// (NodeKinds), so the Python classes, the C# classes and this bridge cannot drift apart.
/// </summary>
public static class AstCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_astcore");
        // parse(source, filename, mode, type_comments, feature_version) -> Python AST
        m.Dict!["parse"] = Def.Func("parse", (a, kw) =>
        {
            var host = SyntaxHost.Current;
            string filename = Def.Str(a[1], "filename"), mode = Def.Str(a[2], "mode");
            string text = a[0] is PyBytes source ? PythonRuntime.Current.Compiler!.DecodeSource(source.Value, filename)
                : Builtin.EvalExec.Utf8Text(Def.Str(a[0], "source"));
            bool typeComments = a.Length > 3 && Ops.Truth(a[3]);
            int feature = a.Length > 4 ? Ops.IndexInt(a[4]) : -1;
            return ToPy(host.Parse(text, filename, mode, typeComments, feature));
        });
        // compile(tree, filename, mode) -> code object
        m.Dict["compile"] = Def.Func("compile", (a, kw) => CompileTree(a[0], Def.Str(a[1], "filename"), Def.Str(a[2], "mode")));
        // unparse(tree) -> source text, by the same unparser as `pytk unparse`
        m.Dict["unparse"] = Def.Func("unparse", (a, kw) =>
        {
            var node = FromPy(a[0], null, positions: false);
            return new PyStr(A.Unparser.Unparse(node));
        });
        return m;
    }

    static PyModule? astModule;

    static PyModule AstModule()
    {
        if (astModule is not null && Runtime.ModuleTable.TryGetValue("_ast", out var cur) && cur == astModule) return astModule;
        return astModule = (PyModule)Modules.Import("_ast", Py.None, 0, null);
    }

    /// <summary>compile() of an AST object: checks it is a module of the mode's kind, converts and compiles it.</summary>
    public static PyCode CompileTree(PyObject tree, string filename, string mode)
    {
        var node = FromPy(tree, null);
        string want = mode switch { "exec" => "Module", "eval" => "Expression", "single" => "Interactive", "func_type" => "FunctionType", _ => "" };
        if (node.Info.Name != want)
            throw Err.Type($"expected {want} node, got {node.Info.Name}");
        try
        {
            return node switch
            {
                A.Expression e => new PyCode(CodeGenerator.CompileExpression(e, filename, "")),
                A.Interactive i => new PyCode(CodeGenerator.CompileInteractive(i, filename, "")),
                A.Module mod => new PyCode(CodeGenerator.CompileModule(mod, filename, "")),
                _ => throw Err.Value("compile() of a FunctionType tree is not supported"),
            };
        }
        catch (Pytk.Semantics.CompileError e)
        {
            var details = PyTuple.Of(new PyStr(filename), PyInt.From(e.Line), PyInt.From(e.Col + 1), Py.None,
                PyInt.From(e.SyntaxErrorEnd.Line), PyInt.From(e.SyntaxErrorEnd.Offset));
            throw new PyException(Err.NewValue(ExcTypes.All[e.Kind], new PyStr(e.Message), details));
        }
    }

    /// <summary>Is this object an instance of _ast.AST?</summary>
    public static bool IsAst(PyObject o) =>
        Runtime.ModuleTable.TryGetValue("_ast", out var m) && m.Dict!.TryGetValue("AST", out var ast) && ast is PyType t && o.Type.IsSubtypeOf(t);

    // ---- C# → Python

    public static PyObject ToPy(A.AstNode node)
    {
        var dict = AstModule().Dict!;
        return Convert(node, dict);
    }

    static PyObject Convert(A.AstNode node, Dictionary<string, PyObject> classes)
    {
        A.DepthGuard.Check();
        var info = node.Info;
        var cls = (PyType)classes[info.Name];
        var obj = new PyInstance(cls) { Dict = new() };
        if (info.IsSingleton) return obj;
        for (int i = 0; i < info.Fields.Count; i++)
            obj.Dict[info.Fields[i].Name] = Value(node.GetField(i), info.Fields[i], classes);
        for (int i = 0; i < info.Attributes.Count; i++)
        {
            var v = node.GetAttribute(i);
            if (v is not null || !info.Attributes[i].IsOptional) obj.Dict[info.Attributes[i].Name] = Value(v, info.Attributes[i], classes);
            else obj.Dict[info.Attributes[i].Name] = Py.None;
        }
        return obj;
    }

    static PyObject Value(object? v, A.FieldInfo field, Dictionary<string, PyObject> classes)
    {
        if (field.IsList)
        {
            var items = new List<PyObject>();
            if (v is System.Collections.IEnumerable list)
                foreach (var item in list) items.Add(Single(item, field, classes));
            return new PyList(items);
        }
        return Single(v, field, classes);
    }

    static PyObject Single(object? v, A.FieldInfo field, Dictionary<string, PyObject> classes) => v switch
    {
        null => Py.None,
        A.AstNode n => Convert(n, classes),
        _ when field.Base == A.FieldBase.Constant => PyCode.Box(v),
        string s => new PyStr(s),
        int i => PyInt.From(i),
        _ => PyCode.Box(v),
    };

    // ---- Python → C#

    /// <summary>A C# tree from Python nodes, checking kinds and required fields as CPython's compile() does.</summary>
    public static A.AstNode FromPy(PyObject obj, A.FieldInfo? expected, bool positions = true)
    {
        A.DepthGuard.Check();
        string name = NodeName(obj) ?? throw Err.Type(expected is null
            ? $"expected some sort of AST node, but got {Ops.Repr(obj)}"
            : $"expected some sort of {expected.TypeName}, but got {Ops.Repr(obj)}");
        var info = A.NodeKinds.ByName(name)!;
        var node = info.Create();
        if (info.IsSingleton) return node;
        for (int i = 0; i < info.Attributes.Count; i++)
        {
            var f = info.Attributes[i];
            var v = Ops.GetAttrOrNull(obj, f.Name);
            if (v is null || v is PyNone)
            {
                if (f.IsOptional) { node.SetAttribute(i, null); continue; }
                if (!positions) { node.SetAttribute(i, 0); continue; }
                throw Err.Type($"required field \"{f.Name}\" missing from {expected?.TypeName ?? info.Category ?? name}");
            }
            node.SetAttribute(i, ToInt(v, f.Name, name));
        }
        for (int i = 0; i < info.Fields.Count; i++)
        {
            var f = info.Fields[i];
            var v = Ops.GetAttrOrNull(obj, f.Name);
            if (v is null || (v is PyNone && !f.IsList && f.Base != A.FieldBase.Constant))
            {
                if (f.IsList || f.IsOptional) { node.SetField(i, f.IsList ? EmptyList(f) : null); continue; }
                if (v is null && info.Name is "Constant" or "MatchSingleton") { node.SetField(i, null); continue; }
                throw Err.Type($"required field \"{f.Name}\" missing from {name}");
            }
            node.SetField(i, Field(v, f, name, positions));
        }
        return node;
    }

    static object EmptyList(A.FieldInfo f) =>
        Activator.CreateInstance(typeof(List<>).MakeGenericType(ListItemType(f)))!;

    static Type ListItemType(A.FieldInfo f) =>
        f.ElementType.IsValueType && f.ItemsOptional ? typeof(Nullable<>).MakeGenericType(f.ElementType) : f.ElementType;

    static string? NodeName(PyObject obj)
    {
        foreach (var t in obj.Type.Mro)
        {
            if (t.Dict is not null && t.Dict.TryGetValue("__module__", out var mod) && mod is PyStr ms && ms.Value is "ast" or "_ast"
                && A.NodeKinds.ByName(t.Name) is { } info)
                return info.Name;
        }
        return null;
    }

    static object? Field(PyObject v, A.FieldInfo f, string owner, bool positions)
    {
        if (f.IsList)
        {
            if (v is not PyList and not PyTuple)
                throw Err.Type($"{owner} field \"{f.Name}\" must be a list, not a {v.Type.Name}");
            var list = (System.Collections.IList)EmptyList(f);
            foreach (var item in Ops.Enumerate(v))
                list.Add(item is PyNone && f.ItemsOptional ? null : Single(item, f, owner, positions));
            return list;
        }
        return Single(v, f, owner, positions);
    }

    static object? Single(PyObject v, A.FieldInfo f, string owner, bool positions)
    {
        switch (f.Base)
        {
            case A.FieldBase.Node:
                var n = FromPy(v, f, positions);
                if (!f.ElementType.IsInstanceOfType(n))
                    throw Err.Type($"expected some sort of {f.TypeName}, but got {Ops.Repr(v)}");
                return n;
            case A.FieldBase.Int:
                return ToInt(v, f.Name, owner);
            case A.FieldBase.Constant:
                return ConstOf(v);
            default:
                if (v is not PyStr s) throw Err.Type($"AST {(f.Base == A.FieldBase.Identifier ? "identifier" : "string")} must be of type str");
                return s.Value;
        }
    }

    static int ToInt(PyObject v, string field, string owner) =>
        v is PyInt ? Ops.IndexInt(v) : throw Err.Type($"invalid integer value: {Ops.Repr(v)}");

    /// <summary>A Python constant as the AST model holds it (the inverse of Compiler.ConstValue).</summary>
    static object? ConstOf(PyObject v) => v switch
    {
        PyNone => null,
        PyBool b => b == Py.True,
        PyInt i => i.AsBig,
        PyFloat d => d.V,
        PyComplex c => new Complex(c.Real, c.Imag),
        PyStr s => s.Value,
        PyBytes b => b.Value,
        _ when v == Py.Ellipsis => A.EllipsisConstant.Instance,
        PyTuple t => new A.TupleConstant(t.Items.Select(ConstOf).ToList()),
        PySet { Frozen: true } fs => new A.FrozenSetConstant(fs.Items().Select(ConstOf).ToList()),
        _ => throw Err.Type($"got an invalid type in Constant: {v.Type.Name}"),
    };
}

/// <summary>
/// `_py_compile`: what Lib/py_compile.py needs: compile a source file with the host's compiler and write the
/// cache file `pytk compile` and imports use (same path, header and toolchain stamp).
/// </summary>
public static class PyCompileCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_py_compile");
        // compile(source_path, cfile or None, dfile or None, invalidation: 0 timestamp | 1 checked | 2 unchecked) -> cfile
        m.Dict!["compile"] = Def.Func("compile", (a, kw) =>
        {
            string source = Def.Str(a[0], "file");
            string cfile = a[1] is PyNone ? CachePath(source) : Def.Str(a[1], "cfile");
            string dfile = a[2] is PyNone ? source : Def.Str(a[2], "dfile");
            var mode = (InvalidationMode)Ops.IndexInt(a[3]);
            byte[] src;
            FileInfo info;
            try { info = new FileInfo(source); src = File.ReadAllBytes(source); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PyException(Err.NewValue(ExcTypes.FileNotFoundError, PyInt.From(2), new PyStr("No such file or directory"), new PyStr(source)));
            }
            var compiler = PythonRuntime.Current.Compiler ?? throw Err.Runtime("compiling is not available in this host");
            var code = compiler.CompileModule(src, dfile);
            var mtime = (ulong)info.LastWriteTimeUtc.Ticks;
            if (!CodeCache.Write(cfile, code, mode, src, mtime, CodeCache.Toolchain(Modules.OptStamp)))
                throw new PyException(Err.NewValue(ExcTypes.OSError, new PyStr($"could not write {cfile}")));
            return new PyStr(cfile);
        });
        // up_to_date(source_path, cfile, invalidation) -> whether cfile holds source's current code (compileall's skip)
        m.Dict["up_to_date"] = Def.Func("up_to_date", (a, kw) => Py.Bool(CodeCache.UpToDate(Def.Str(a[0], "file"),
            Def.Str(a[1], "cfile"), (InvalidationMode)Ops.IndexInt(a[2]), CodeCache.Toolchain(Modules.OptStamp))));
        m.Dict["cache_from_source"] = Def.Func("cache_from_source", (a, kw) => new PyStr(CachePath(Def.Str(a[0], "path"))));
        m.Dict["cache_tag"] = new PyStr(CodeCache.CacheTag);
        return m;
    }

    /// <summary>importlib.util.cache_from_source: relative to the source as given, as CPython's.</summary>
    static string CachePath(string source) =>
        Path.Combine(Path.GetDirectoryName(source) ?? "", "__pycache__", Path.GetFileName(CodeCache.CachePath(source, Modules.OptTag)));
}

/// <summary>
/// `_symtable`: the compiler's symbol table for Lib/symtable.py: symtable(source, filename, mode) gives the top block
/// as nested tuples (type, name, lineno, nested, optimized, children, ((name, flags | scope &lt;&lt; SCOPE_OFF), ...)),
/// with CPython's flag, scope and type numbers.
/// </summary>
public static class SymtableCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_symtable");
        var d = m.Dict!;
        foreach (var (k, v) in new (string, int)[]
        {
            ("DEF_GLOBAL", 1), ("DEF_LOCAL", 2), ("DEF_PARAM", 4), ("DEF_NONLOCAL", 8), ("USE", 16), ("DEF_FREE", 32),
            ("DEF_FREE_CLASS", 64), ("DEF_IMPORT", 128), ("DEF_ANNOT", 256), ("DEF_BOUND", 134), ("DEF_COMP_ITER", 512),
            ("DEF_TYPE_PARAM", 1024), ("DEF_COMP_CELL", 2048), ("SCOPE_OFF", 12), ("SCOPE_MASK", 15),
            ("LOCAL", 1), ("GLOBAL_EXPLICIT", 2), ("GLOBAL_IMPLICIT", 3), ("FREE", 4), ("CELL", 5),
            ("TYPE_FUNCTION", 0), ("TYPE_CLASS", 1), ("TYPE_MODULE", 2), ("TYPE_ANNOTATION", 3), ("TYPE_TYPE_ALIAS", 4),
            ("TYPE_TYPE_PARAMETERS", 5), ("TYPE_TYPE_VARIABLE", 6),
        }) d[k] = PyInt.From(v);
        d["symtable"] = Def.Func("symtable", (a, kw) =>
        {
            if (a.Length != 3) throw Err.Type($"symtable() takes exactly 3 arguments ({a.Length} given)");
            string text = a[0] is PyBytes b ? System.Text.Encoding.UTF8.GetString(b.Value) : Def.Str(a[0], "source");
            string mode = Def.Str(a[2], "compile_type");
            if (mode is not ("exec" or "eval" or "single"))
                throw Err.Value("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
            return Block(SyntaxHost.Current.Symtable(text, Def.Str(a[1], "filename"), mode));
        });
        return m;
    }

    static int TypeOf(Pytk.Semantics.SymbolBlock b) => b.Kind switch
    {
        Pytk.Semantics.BlockKind.Module => 2,
        Pytk.Semantics.BlockKind.Class => 1,
        Pytk.Semantics.BlockKind.TypeAlias => 4,
        Pytk.Semantics.BlockKind.TypeParams => 5,
        Pytk.Semantics.BlockKind.TypeVariable => 6,
        _ => 0,
    };

    static PyObject Block(Pytk.Semantics.SymbolBlock b)
    {
        var symbols = b.Order.Select(n => (PyObject)PyTuple.Of(new PyStr(n),
            PyInt.From((int)b.Flags[n] | ((int)b.ScopeOf(n) << 12)))).ToArray();
        var children = b.Children.Select(Block).ToArray();
        bool optimized = TypeOf(b) == 0;   // CPython: functions (and lambdas, comprehensions) only
        return PyTuple.Of(PyInt.From(TypeOf(b)), new PyStr(b.Kind == Pytk.Semantics.BlockKind.Module ? "top" : b.Name),
            PyInt.From(b.Line), Py.Bool(b.IsNested), Py.Bool(optimized), new PyList(children), new PyTuple(symbols));
    }
}

/// <summary>`_marshal`: what Lib/marshal.py needs for code objects, which it writes in pytk's own format (the body
/// of a .pyc, docs/pyc.md): dumps_code(code) -> bytes, loads_code(bytes) -> code (ValueError when malformed).</summary>
public static class MarshalCore
{
    public static PyModule Create()
    {
        var m = new PyModule("_marshal");
        m.Dict!["dumps_code"] = Def.Func("dumps_code", (a, kw) =>
        {
            if (a.Length != 1 || a[0] is not PyCode code) throw Err.Type("dumps_code() takes a code object");
            try { return new PyBytes(Pytk.Compiler.Pyc.CodeWriter.Serialize(code.Data)); }
            catch (Pytk.Compiler.Pyc.UnsupportedConstException) { throw Err.Value("unmarshallable object"); }
        });
        m.Dict["loads_code"] = Def.Func("loads_code", (a, kw) =>
        {
            if (a.Length != 1 || a[0] is not PyBytes b) throw Err.Type("loads_code() takes bytes");
            try { return new PyCode(Pytk.Compiler.Pyc.CodeReader.Deserialize(b.Value, 0)); }
            catch (Exception e) when (e is Pytk.Compiler.Pyc.BadPycException or IndexOutOfRangeException or ArgumentException)
            {
                throw Err.Value("bad marshal data (invalid code object)");
            }
        });
        return m;
    }
}

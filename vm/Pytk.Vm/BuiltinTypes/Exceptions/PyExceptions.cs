namespace Pytk.Vm.BuiltinTypes.Exceptions;

/// <summary>A Python exception instance (BaseException or a subclass, built-in or user-defined).</summary>
public sealed class PyBaseException(PyType type) : PyObject(type)
{
    public PyTuple Args = PyTuple.Empty;
    public PyObject? Cause;
    public PyObject? Context;
    public bool SuppressContext;
    public PyTraceback? Traceback;
    /// <summary>An exception group's exceptions (its args hold the sequence as it was given).</summary>
    public PyTuple? GroupExceptions;

    /// <summary>The lines add_note() added, as the traceback prints them: __notes__ is a plain attribute (in the
    /// instance dict); each note of a list or tuple is printed as str, anything else as its repr.</summary>
    public IEnumerable<string> NoteLines()
    {
        if (Dict?.GetValueOrDefault("__notes__") is not { } notes) yield break;
        if (notes is PyList or PyTuple)
        {
            foreach (var n in Ops.ToArray(notes)) yield return n is PyStr s ? s.Value : SafeStr(n);
        }
        else yield return SafeRepr(notes);
    }

    static string SafeStr(PyObject o) { try { return Ops.Str(o); } catch (PyException) { return "<note str() failed>"; } }
    static string SafeRepr(PyObject o) { try { return Ops.Repr(o); } catch (PyException) { return "<__notes__ repr() failed>"; } }

    public string Message => Args.Items.Length switch
    {
        0 => "",
        1 => Ops.Str(Args.Items[0]),
        _ => Ops.Repr(Args),
    };
}

/// <summary>One traceback entry, newest last in the chain through Next (as in CPython).</summary>
public sealed class PyTraceback(PyCode code, int line, PyTraceback? next) : PyObject(Types.Traceback)
{
    public readonly PyCode Code = code;
    public readonly int Line = line;
    public PyTraceback? Next = next;
    /// <summary>The failing instruction, whose position decides the caret line (-1: unknown).</summary>
    public int Pc = -1;
    /// <summary>The frame the entry belongs to (tb_frame); null for entries made without one.</summary>
    public Frame? Frame;
}

/// <summary>A frame as Python code sees it (tb_frame, sys._getframe(), f_back): a view of a VM Frame.</summary>
public sealed class PyFrameObject : PyObject
{
    public readonly Frame Frame;
    PyFrameObject(Frame f) : base(Types.Frame) { Frame = f; }

    /// <summary>One object per frame, so `f is g` holds for two views of the same frame.</summary>
    public static PyFrameObject Of(Frame f) => f.PyObj ??= new PyFrameObject(f);
}

/// <summary>How a Python exception travels through .NET frames.</summary>
public sealed class PyException(PyBaseException value) : Exception(null)
{
    public readonly PyBaseException Value = value;
    /// <summary>Raised again by RERAISE: the current frame is already in the traceback.</summary>
    public bool Reraised;
    public override string Message => Value.Type.Name + ": " + Value.Message;
}

/// <summary>The built-in exception hierarchy, from one indented table (the layout of CPython's docs).</summary>
public static class ExcTypes
{
    const string Tree = """
        BaseException
         BaseExceptionGroup
         GeneratorExit
         KeyboardInterrupt
         SystemExit
         Exception
          ArithmeticError
           FloatingPointError
           OverflowError
           ZeroDivisionError
          AssertionError
          AttributeError
          BufferError
          EOFError
          ExceptionGroup
          ImportError
           ModuleNotFoundError
          LookupError
           IndexError
           KeyError
          MemoryError
          NameError
           UnboundLocalError
          OSError
           BlockingIOError
           ChildProcessError
           ConnectionError
            BrokenPipeError
            ConnectionAbortedError
            ConnectionRefusedError
            ConnectionResetError
           FileExistsError
           FileNotFoundError
           InterruptedError
           IsADirectoryError
           NotADirectoryError
           PermissionError
           ProcessLookupError
           TimeoutError
          ReferenceError
          RuntimeError
           NotImplementedError
           PythonFinalizationError
           RecursionError
          StopAsyncIteration
          StopIteration
          SyntaxError
           IndentationError
            TabError
          SystemError
          TypeError
          ValueError
           UnicodeError
            UnicodeDecodeError
            UnicodeEncodeError
            UnicodeTranslateError
          Warning
           BytesWarning
           DeprecationWarning
           EncodingWarning
           FutureWarning
           ImportWarning
           PendingDeprecationWarning
           ResourceWarning
           RuntimeWarning
           SyntaxWarning
           UnicodeWarning
           UserWarning
        """;

    public static readonly Dictionary<string, PyType> All = Build();

    static Dictionary<string, PyType> Build()
    {
        var all = new Dictionary<string, PyType>();
        var stack = new List<PyType>();
        foreach (var raw in Tree.Split('\n'))
        {
            if (raw.Trim().Length == 0) continue;
            int depth = raw.Length - raw.TrimStart().Length;
            string name = raw.Trim();
            while (stack.Count > depth) stack.RemoveAt(stack.Count - 1);
            PyType[] bases = stack.Count == 0 ? [Types.Object] : [stack[^1]];
            if (name == "ExceptionGroup") bases = [all["BaseExceptionGroup"], stack[^1]];
            var t = new PyType(name, bases, Types.Type, builtin: true);
            all[name] = t;
            stack.Add(t);
        }
        all["EnvironmentError"] = all["OSError"];
        all["IOError"] = all["OSError"];
        return all;
    }

    public static readonly PyType BaseException = All["BaseException"];
    public static readonly PyType Exception = All["Exception"];
    public static readonly PyType TypeError = All["TypeError"];
    public static readonly PyType ValueError = All["ValueError"];
    public static readonly PyType AttributeError = All["AttributeError"];
    public static readonly PyType NameError = All["NameError"];
    public static readonly PyType UnboundLocalError = All["UnboundLocalError"];
    public static readonly PyType IndexError = All["IndexError"];
    public static readonly PyType KeyError = All["KeyError"];
    public static readonly PyType ZeroDivisionError = All["ZeroDivisionError"];
    public static readonly PyType OverflowError = All["OverflowError"];
    public static readonly PyType StopIteration = All["StopIteration"];
    public static readonly PyType StopAsyncIteration = All["StopAsyncIteration"];
    public static readonly PyType GeneratorExit = All["GeneratorExit"];
    public static readonly PyType RuntimeError = All["RuntimeError"];
    public static readonly PyType RecursionError = All["RecursionError"];
    public static readonly PyType NotImplementedError = All["NotImplementedError"];
    public static readonly PyType AssertionError = All["AssertionError"];
    public static readonly PyType SystemExit = All["SystemExit"];
    public static readonly PyType KeyboardInterrupt = All["KeyboardInterrupt"];
    public static readonly PyType ImportError = All["ImportError"];
    public static readonly PyType ModuleNotFoundError = All["ModuleNotFoundError"];
    public static readonly PyType OSError = All["OSError"];
    public static readonly PyType FileNotFoundError = All["FileNotFoundError"];
    public static readonly PyType UnicodeDecodeError = All["UnicodeDecodeError"];
    public static readonly PyType EOFError = All["EOFError"];
    public static readonly PyType SyntaxError = All["SyntaxError"];
    public static readonly PyType LookupError = All["LookupError"];
}

/// <summary>Makes the .NET exception that carries a new Python exception. `throw Err.Type("...")`.</summary>
public static class Err
{
    public static PyBaseException NewValue(PyType type, params PyObject[] args)
    {
        var e = new PyBaseException(type) { Args = new PyTuple(args) };
        return e;
    }

    public static PyException New(PyType type, string msg) => new(NewValue(type, new PyStr(msg)));
    public static PyException Type(string msg) => New(ExcTypes.TypeError, msg);
    public static PyException Value(string msg) => New(ExcTypes.ValueError, msg);
    public static PyException Attribute(string msg) => New(ExcTypes.AttributeError, msg);
    public static PyException Index(string msg) => New(ExcTypes.IndexError, msg);
    public static PyException Key(PyObject key) => new(NewValue(ExcTypes.KeyError, key));
    public static PyException ZeroDiv(string msg) => New(ExcTypes.ZeroDivisionError, msg);
    public static PyException Overflow(string msg) => New(ExcTypes.OverflowError, msg);
    public static PyException Runtime(string msg) => New(ExcTypes.RuntimeError, msg);
    public static PyException Name(string name)
    {
        var e = New(ExcTypes.NameError, $"name '{name}' is not defined");
        e.Value.Dict = new() { ["name"] = new PyStr(name) };
        return e;
    }
    public static PyException StopIteration(PyObject? value = null) =>
        new(value is null ? NewValue(ExcTypes.StopIteration) : NewValue(ExcTypes.StopIteration, value));

    /// <summary>The AttributeError of a failed lookup, with its name and obj attributes set as CPython's are.</summary>
    public static PyException NoAttr(PyObject obj, string name)
    {
        var e = obj is PyType t
            ? Attribute($"type object '{t.Name}' has no attribute '{name}'")
            : obj is PyModule m ? Attribute(Modules.NoAttrMessage(m, name))
            : Attribute($"'{obj.Type.Name}' object has no attribute '{name}'");
        e.Value.Dict = new() { ["name"] = new PyStr(name), ["obj"] = obj };
        return e;
    }

    public static bool Matches(PyBaseException e, PyType t) => e.Type.IsSubtypeOf(t);
}

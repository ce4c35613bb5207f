using System.Runtime.CompilerServices;

namespace Pytk.Vm.Objects;

/// <summary>
/// Every Python value is a reference to a PyObject subclass (see docs/vm.md for why not a tagged struct).
/// The type is a plain field, not a virtual property: a subclass of a built-in (class L(list)) is the same
/// .NET object with another type pointer, and reading the field is one load in the hot paths.
/// </summary>
public abstract class PyObject
{
    public PyType Type;
    /// <summary>Instance attributes, made on first store (user instances, modules, functions, subclasses of built-ins).</summary>
    public Dictionary<string, PyObject>? Dict;

    protected PyObject(PyType type) { Type = type; }

    public override string ToString() => Ops.Repr(this);
}

/// <summary>An instance of a user class that adds nothing to `object`'s layout.</summary>
public sealed class PyInstance(PyType type) : PyObject(type)
{
    /// <summary>Values of __slots__ members, indexed by the slot descriptor.</summary>
    public PyObject?[]? Slots;
}

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    PyNone() : base(Types.NoneType) { }
}

public sealed class PySingleton(PyType type, string repr) : PyObject(type)
{
    public readonly string Repr = repr;
    public static readonly PySingleton NotImplemented = new(Types.NotImplementedType, "NotImplemented");
    public static readonly PySingleton Ellipsis = new(Types.EllipsisType, "Ellipsis");
}

/// <summary>Short names used everywhere in the runtime.</summary>
public static class Py
{
    public static readonly PyObject None = PyNone.Instance;
    public static readonly PyObject NotImplemented = PySingleton.NotImplemented;
    public static readonly PyObject Ellipsis = PySingleton.Ellipsis;
    public static readonly PyBool True = PyBool.True;
    public static readonly PyBool False = PyBool.False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyBool Bool(bool b) => b ? PyBool.True : PyBool.False;
    public static PyInt Int(long v) => PyInt.From(v);
    public static PyStr Str(string s) => new(s);
}

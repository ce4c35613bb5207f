namespace Pytk.Vm;

/// <summary>
/// CALL_INTRINSIC_1/2: CPython 3.13's numbering and names (so `dis` reads the same). The PEP 695 objects
/// (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic[...]) are written in Python in the shipped
/// `_typing` module, whose helpers these intrinsics call; lazily evaluated bounds, constraints, defaults and
/// alias values arrive as zero-argument functions.
/// </summary>
public static class Intrinsics
{
    public static string[] Names1 => IntrinsicNames.One;

    public static string[] Names2 => IntrinsicNames.Two;

    public const int Print = IntrinsicNames.Print, AsyncGenWrap = IntrinsicNames.AsyncGenWrap, TypeVar = IntrinsicNames.TypeVar,
        ParamSpec = IntrinsicNames.ParamSpec, TypeVarTuple = IntrinsicNames.TypeVarTuple, SubscriptGeneric = IntrinsicNames.SubscriptGeneric,
        TypeAlias = IntrinsicNames.TypeAlias;
    public const int TypeVarWithBound = IntrinsicNames.TypeVarWithBound, TypeVarWithConstraints = IntrinsicNames.TypeVarWithConstraints,
        SetFunctionTypeParams = IntrinsicNames.SetFunctionTypeParams, SetTypeParamDefault = IntrinsicNames.SetTypeParamDefault;

    static PyObject Typing(string helper, params PyObject[] args) =>
        Ops.Call(Ops.GetAttr(Modules.Import("_typing", Py.None, 0, null), helper), args);

    public static PyObject Call1(int id, PyObject v) => id switch
    {
        Print => DisplayHook(v),
        AsyncGenWrap => new AsyncGenWrapped(v),
        TypeVar => Typing("_typevar", v, Py.None, Py.None),
        ParamSpec => Typing("_paramspec", v),
        TypeVarTuple => Typing("_typevartuple", v),
        SubscriptGeneric => Typing("_subscript_generic", v),
        TypeAlias => Typing("_typealias", ((PyTuple)v).Items),
        _ => throw Err.Runtime($"unknown intrinsic {id}"),
    };

    /// <summary>sys.displayhook: prints repr(v) unless v is None, and keeps it as builtins._ (the prompt's rule).</summary>
    static PyObject DisplayHook(PyObject v)
    {
        if (Runtime.Sys.Dict!.TryGetValue("displayhook", out var hook) && hook is not PyBuiltin { Name: "displayhook" })
            return Ops.Call(hook, v);
        return ShowValue(v);
    }

    public static PyObject ShowValue(PyObject v)
    {
        if (v is PyNone) return Py.None;
        Runtime.Builtins["_"] = Py.None;
        var stdout = Runtime.Sys.Dict!["stdout"];
        Ops.Call(Ops.GetAttr(stdout, "write"), new PyStr(Ops.Repr(v) + "\n"));
        Runtime.Builtins["_"] = v;
        return Py.None;
    }

    /// <summary>v2 was below v1 on the stack (CPython's argument order).</summary>
    public static PyObject Call2(int id, PyObject v2, PyObject v1)
    {
        switch (id)
        {
            case TypeVarWithBound: return Typing("_typevar", v2, v1, Py.None);
            case TypeVarWithConstraints: return Typing("_typevar", v2, Py.None, v1);
            case SetTypeParamDefault: return Typing("_set_default", v2, v1);
            case SetFunctionTypeParams:
                ((PyFunction)v2).TypeParams = v1;
                return v2;
            default: throw Err.Runtime($"unknown intrinsic {id}");
        }
    }
}

/// <summary>A value yielded by an async generator's own `yield` (not by an awaited object), as CPython marks it.</summary>
public sealed class AsyncGenWrapped(PyObject value) : PyObject(Types.Object)
{
    public readonly PyObject Value = value;
}

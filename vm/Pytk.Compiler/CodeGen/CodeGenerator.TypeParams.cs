using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>
/// PEP 695/696: type parameter lists and `type` aliases, laid out as CPython 3.13 compiles them. A generic
/// def/class/alias runs inside a "type parameters" function (`<generic parameters of f>`) that creates the
/// TypeVars as its locals; bounds, constraints, defaults and alias values are separate zero-argument
/// functions that the runtime objects call on first use (lazy evaluation).
/// </summary>
public sealed partial class CodeGenerator
{
    void EnterTypeParams(List<A.TypeParamNode> tps, string name, int firstLine)
    {
        Enter(st.Blocks[tps[0]], $"<generic parameters of {name}>", $"<generic parameters of {name}>", firstLine);
        u.B.Pos = new Position(firstLine, firstLine, 0, 0);
        Emit(Op.RESUME, 0);
    }

    /// <summary>Ends the type-parameters function (its result is on the stack) and calls it with `nargs` values pushed before it.</summary>
    void CallTypeParams(A.LocatedNode at, int nargs)
    {
        Emit(Op.RETURN_VALUE);
        var code = Finish();
        SetPos(at);
        MakeFunction(code, 0);
        // The function goes below its arguments.
        if (nargs == 1) Emit(Op.SWAP, 2);
        else if (nargs == 2) { Emit(Op.SWAP, 3); Emit(Op.SWAP, 2); }
        Emit(Op.CALL, nargs);
    }

    /// <summary>Creates each type parameter, binds it, and leaves the tuple of them on the stack.</summary>
    void TypeParamTuple(List<A.TypeParamNode> tps)
    {
        foreach (var tp in tps)
        {
            SetPos(tp);
            switch (tp)
            {
                case A.TypeVar v:
                    LoadConst(Str(v.name));
                    if (v.bound is { } bound)
                    {
                        LazyValue(bound, v.name);
                        Emit(Op.CALL_INTRINSIC_2, bound is A.Tuple ? IntrinsicNames.TypeVarWithConstraints : IntrinsicNames.TypeVarWithBound);
                    }
                    else Emit(Op.CALL_INTRINSIC_1, IntrinsicNames.TypeVar);
                    break;
                case A.ParamSpec p:
                    LoadConst(Str(p.name));
                    Emit(Op.CALL_INTRINSIC_1, IntrinsicNames.ParamSpec);
                    break;
                case A.TypeVarTuple t:
                    LoadConst(Str(t.name));
                    Emit(Op.CALL_INTRINSIC_1, IntrinsicNames.TypeVarTuple);
                    break;
            }
            var (name, dflt) = tp switch
            {
                A.TypeVar v => (v.name, v.default_value),
                A.ParamSpec p => (p.name, p.default_value),
                A.TypeVarTuple t => (t.name, t.default_value),
                _ => ("", null),
            };
            if (dflt is not null)
            {
                LazyValue(dflt, name);
                Emit(Op.CALL_INTRINSIC_2, IntrinsicNames.SetTypeParamDefault);
            }
            Emit(Op.COPY, 1);
            StoreName(name);
        }
        Emit(Op.BUILD_TUPLE, tps.Count);
    }

    /// <summary>Pushes a zero-argument function returning `e`, compiled in its own annotation scope.</summary>
    void LazyValue(A.ExprNode e, string name)
    {
        Enter(st.LazyBlocks[e], name, QualNameFor(name), e.lineno);
        SetPos(e);
        Emit(Op.RESUME, 0);
        if (e is A.Starred s)
        {
            // `*Ts = *tuple[int]`: the default is the one item that unpacking yields.
            Expr(s.value);
            Emit(Op.UNPACK_SEQUENCE, 1);
        }
        else Expr(e);
        Emit(Op.RETURN_VALUE);
        var code = Finish();
        SetPos(e);
        MakeFunction(code, 0);
    }

    void TypeAlias(A.TypeAlias ta)
    {
        string name = ((A.Name)ta.name).id;
        bool generic = ta.type_params.Count > 0;
        if (generic) EnterTypeParams(ta.type_params, name, ta.lineno);
        SetPos(ta);
        LoadConst(Str(name));
        if (generic) TypeParamTuple(ta.type_params);
        else LoadConst(null);
        LazyValue(ta.value, name);
        SetPos(ta);
        Emit(Op.BUILD_TUPLE, 3);
        Emit(Op.CALL_INTRINSIC_1, IntrinsicNames.TypeAlias);
        if (generic) CallTypeParams(ta, 0);
        StoreName(name);
    }
}

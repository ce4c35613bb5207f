using Antlr4.Runtime;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using Tuple = Pytk.Syntax.Tuple;
using static Pytk.Grammar.Generated.PythonParser;

namespace Pytk.Grammar.Parsing;

sealed partial class AstBuilder
{
    static Arguments EmptyArguments() => new([], [], null, [], [], null, []);

    /// <summary>Sorts the flat parameter list into CPython's `arguments`, checking the order as CPython does.</summary>
    Arguments Parameters(ParametersContext c)
    {
        var b = new ParameterSorter(this);
        foreach (var item in c.param_item())
        {
            switch (item)
            {
                case SlashParamContext s:
                    b.Slash(s.SLASH().Symbol);
                    break;
                case StarParamContext s:
                    if (s.NAME() is not { } starName) { b.BareStar(s.STAR().Symbol); break; }
                    ExprNode? starAnn = null;
                    if (s.star_annotation() is { } sa)
                        starAnn = sa.STAR() is not null ? Loc(new Starred(Expr(sa.expr()), Load.Instance), sa) : Expression(sa.expression());
                    b.VarArg(ArgNode(starName, starAnn), s.STAR().Symbol);
                    break;
                case KwParamContext k:
                    b.KwArg(ArgNode(k.NAME(), k.expression() is { } ka ? Expression(ka) : null), k.DOUBLESTAR().Symbol);
                    break;
                case PlainParamContext p:
                    var arg = ArgNode(p.NAME(), p.ann is null ? null : Expression(p.ann));
                    b.Plain(arg, p.dflt is null ? null : Expression(p.dflt), p.NAME().Symbol);
                    break;
            }
        }
        return b.Finish(c.Stop);
    }

    Arg ArgNode(Antlr4.Runtime.Tree.ITerminalNode name, ExprNode? annotation)
    {
        var arg = Loc(new Arg(Identifier(name), annotation, null), name.Symbol, name.Symbol);
        if (annotation is not null) Loc(arg, name.Symbol, annotation);
        return arg;
    }

    Arguments LambdaParameters(Lambda_paramsContext c)
    {
        var b = new ParameterSorter(this);
        foreach (var p in c.lambda_param())
        {
            if (p.SLASH() is { } slash) { b.Slash(slash.Symbol); continue; }
            var name = p.NAME();
            if (p.STAR() is { } star)
            {
                if (name is null) b.BareStar(star.Symbol);
                else b.VarArg(Loc(new Arg(Identifier(name), null, null), name.Symbol, name.Symbol), star.Symbol);
                continue;
            }
            var arg = Loc(new Arg(Identifier(name), null, null), name.Symbol, name.Symbol);
            if (p.DOUBLESTAR() is { } dstar) { b.KwArg(arg, dstar.Symbol); continue; }
            b.Plain(arg, p.expression() is { } d ? Expression(d) : null, name.Symbol);
        }
        return b.Finish(c.Stop);
    }

    /// <summary>The state machine behind <see cref="Parameters"/>: which section comes next.</summary>
    sealed class ParameterSorter(AstBuilder owner)
    {
        readonly List<Arg> _posonly = [], _args = [], _kwonly = [];
        readonly List<ExprNode> _defaults = [];
        readonly List<ExprNode?> _kwDefaults = [];
        Arg? _vararg, _kwarg;
        bool _slash, _star;
        IToken? _bareStar;

        void Check(Arg a, IToken at)
        {
            if (_kwarg is not null) throw owner.Error("arguments cannot follow var-keyword argument", at);
        }

        public void Slash(IToken at)
        {
            if (_slash) throw owner.Error("/ may appear only once", at);
            if (_star) throw owner.Error("/ must be ahead of *", at);
            if (_kwarg is not null) throw owner.Error("arguments cannot follow var-keyword argument", at);
            if (_args.Count == 0) throw owner.Error("at least one argument must precede /", at);
            _slash = true;
            _posonly.AddRange(_args);
            _args.Clear();
        }

        public void BareStar(IToken at)
        {
            if (_star) throw owner.Error("* argument may appear only once", at);
            if (_kwarg is not null) throw owner.Error("arguments cannot follow var-keyword argument", at);
            _star = true;
            _bareStar = at;
        }

        public void VarArg(Arg a, IToken at)
        {
            if (_star) throw owner.Error("* argument may appear only once", at);
            Check(a, at);
            _star = true;
            _vararg = a;
        }

        public void KwArg(Arg a, IToken at)
        {
            Check(a, at);
            _kwarg = a;
        }

        public void Plain(Arg a, ExprNode? defaultValue, IToken at)
        {
            Check(a, at);
            if (_star)
            {
                _kwonly.Add(a);
                _kwDefaults.Add(defaultValue);
                _bareStar = null;
                return;
            }
            if (defaultValue is not null) _defaults.Add(defaultValue);
            else if (_defaults.Count > 0) throw owner.Error("parameter without a default follows parameter with a default", a);
            _args.Add(a);
        }

        public Arguments Finish(IToken end)
        {
            if (_bareStar is not null && _kwonly.Count == 0)
                throw owner.Error("named arguments must follow bare *", _bareStar);
            return new Arguments(_posonly, _args, _vararg, _kwonly, _kwDefaults, _kwarg, _defaults);
        }
    }
}

using Antlr4.Runtime;

namespace Pytk.Grammar.Generated;

/// <summary>
/// A depth guard on rule nesting, CPython's MAXSTACK (6000): input nested deeper than CPython's parser
/// accepts gets CPython's MemoryError instead of overflowing the stack. Each nested `not`, unary minus or
/// lambda costs one rule here as in CPython, so the limits roughly agree.
/// </summary>
public partial class PythonParser
{
    public const int MaxDepth = 6000;
    int _depth;

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        if (++_depth > MaxDepth) throw new Pytk.Grammar.PythonLimitError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
        base.EnterRule(localctx, state, ruleIndex);
    }

    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        if (++_depth > MaxDepth) throw new Pytk.Grammar.PythonLimitError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    public override void ExitRule()
    {
        _depth--;
        base.ExitRule();
    }

    public override void UnrollRecursionContexts(ParserRuleContext _parentctx)
    {
        _depth--;
        base.UnrollRecursionContexts(_parentctx);
    }

    public override void Reset()
    {
        base.Reset();
        _depth = 0;
    }
}

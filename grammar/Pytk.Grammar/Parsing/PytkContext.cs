using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Pytk.Grammar.Generated;

/// <summary>
/// The base class of every generated parse-tree context (PythonParser.g4's contextSuperClass). The runtime's
/// child accessors (what `c.expr()`, `c.NAME(i)` call) walk the children with a boxed enumerator and collect
/// into a temporary list; these do the same walk by index and allocate only the array they return. Parsing
/// the standard library calls them millions of times.
/// </summary>
public class PytkContext : ParserRuleContext
{
    public PytkContext() { }

    public PytkContext(ParserRuleContext parent, int invokingStateNumber) : base(parent, invokingStateNumber) { }

    public override void AddChild(ITerminalNode t) => (children ??= new ChildList()).Add(t);
    public override void AddChild(RuleContext r) => (children ??= new ChildList()).Add(r);

    public override T GetRuleContext<T>(int i)
    {
        var c = children;
        if (c is null) return null!;
        for (int k = 0, n = c.Count, j = -1; k < n; k++)
            if (c[k] is T t && ++j == i) return t;
        return null!;
    }

    public override T[] GetRuleContexts<T>()
    {
        var c = children;
        if (c is null) return [];
        int count = 0;
        for (int k = 0, n = c.Count; k < n; k++)
            if (c[k] is T) count++;
        if (count == 0) return [];
        var result = new T[count];
        for (int k = 0, n = c.Count, j = 0; k < n; k++)
            if (c[k] is T t) result[j++] = t;
        return result;
    }

    public override ITerminalNode GetToken(int ttype, int i)
    {
        var c = children;
        if (c is null) return null!;
        for (int k = 0, n = c.Count, j = -1; k < n; k++)
            if (c[k] is ITerminalNode t && t.Symbol.Type == ttype && ++j == i) return t;
        return null!;
    }

    public override ITerminalNode[] GetTokens(int ttype)
    {
        var c = children;
        if (c is null) return [];
        int count = 0;
        for (int k = 0, n = c.Count; k < n; k++)
            if (c[k] is ITerminalNode t && t.Symbol.Type == ttype) count++;
        if (count == 0) return [];
        var result = new ITerminalNode[count];
        for (int k = 0, n = c.Count, j = 0; k < n; k++)
            if (c[k] is ITerminalNode t && t.Symbol.Type == ttype) result[j++] = t;
        return result;
    }
}

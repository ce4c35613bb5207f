using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;

namespace Pytk.Passes.Builtin;

/// <summary>
/// What a piece of code (a statement list) does, nested function/class/lambda bodies excluded: how often it
/// binds each name, whether it declares global/nonlocal or yields, whether it reaches for frame
/// introspection, and which names a textual rewrite would meet inside nested scopes. It answers questions
/// about code that may be removed or rewritten; what scope a name is in comes from the symbol table
/// (<see cref="PassContext.Scopes"/>).
/// </summary>
sealed class ScopeFacts : NodeVisitor
{
    public readonly Dictionary<string, int> Bindings = [];
    /// <summary>Every name mentioned inside nested scopes: where a rewrite that replaces a name's loads
    /// throughout the code would also reach.</summary>
    public readonly HashSet<string> NestedMentions = [];
    public bool DeclaresGlobalOrNonlocal, Yields, Dynamic;
    int nested;

    public static ScopeFacts Of(IEnumerable<AstNode> nodes)
    {
        var f = new ScopeFacts();
        foreach (var n in nodes) f.Visit(n);
        return f;
    }

    void Bind(string name)
    {
        if (nested > 0) NestedMentions.Add(name);
        else Bindings[name] = Bindings.GetValueOrDefault(name) + 1;
    }

    public override void VisitName(Name node)
    {
        if (nested > 0) NestedMentions.Add(node.id);
        else if (node.ctx is not Load) Bind(node.id);
        // frame introspection can read or (3.13: PEP 667) write locals behind the passes' back
        if (node.id is "locals" or "vars" or "exec" or "eval" or "globals") Dynamic = true;
    }

    public override void VisitAttribute(Attribute node)
    {
        if (node.attr is "f_locals" or "_getframe" or "currentframe") Dynamic = true;
        GenericVisit(node);
    }

    public override void VisitGlobal(Global node) { if (nested == 0) DeclaresGlobalOrNonlocal = true; else foreach (var n in node.names) NestedMentions.Add(n); }
    public override void VisitNonlocal(Nonlocal node) { if (nested == 0) DeclaresGlobalOrNonlocal = true; else foreach (var n in node.names) NestedMentions.Add(n); }
    public override void VisitYield(Yield node) { if (nested == 0) Yields = true; GenericVisit(node); }
    public override void VisitYieldFrom(YieldFrom node) { if (nested == 0) Yields = true; GenericVisit(node); }
    public override void VisitAwait(Await node) { if (nested == 0) Yields = true; GenericVisit(node); }

    public override void VisitAlias(Alias node) => Bind(node.asname ?? node.name.Split('.')[0]);
    public override void VisitExceptHandler(ExceptHandler node) { if (node.name is not null) Bind(node.name); GenericVisit(node); }
    public override void VisitMatchAs(MatchAs node) { if (node.name is not null) Bind(node.name); GenericVisit(node); }
    public override void VisitMatchStar(MatchStar node) { if (node.name is not null) Bind(node.name); }
    public override void VisitMatchMapping(MatchMapping node) { if (node.rest is not null) Bind(node.rest); GenericVisit(node); }

    public override void VisitFunctionDef(FunctionDef node) { Bind(node.name); Outer(node.decorator_list, node.args); Inner(node.body, node.returns); }
    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) { Bind(node.name); Outer(node.decorator_list, node.args); Inner(node.body, node.returns); }
    public override void VisitClassDef(ClassDef node) { Bind(node.name); Outer(node.decorator_list.Concat<AstNode>(node.bases).Concat(node.keywords)); Inner(node.body); }
    public override void VisitLambda(Lambda node) { Outer([], node.args); Inner([node.body]); }

    /// <summary>Parts of a def evaluated in the enclosing scope: decorators and default values.</summary>
    void Outer(IEnumerable<AstNode> parts, Arguments? args = null)
    {
        foreach (var p in parts) Visit(p);
        if (args is null) return;
        foreach (var d in args.defaults) Visit(d);
        foreach (var d in args.kw_defaults) if (d is not null) Visit(d);
        nested++;
        foreach (var a in args.posonlyargs.Concat(args.args).Concat(args.kwonlyargs)) NestedMentions.Add(a.arg);
        nested--;
    }

    void Inner(IEnumerable<AstNode?> body, AstNode? extra = null)
    {
        nested++;
        foreach (var s in body) if (s is not null) Visit(s);
        if (extra is not null) Visit(extra);
        nested--;
    }
}

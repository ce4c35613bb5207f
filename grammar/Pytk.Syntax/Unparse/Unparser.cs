using System.Numerics;
using Pytk.Syntax;
using Attribute = Pytk.Syntax.Attribute;
using Tuple = Pytk.Syntax.Tuple;

namespace Pytk.Syntax;

/// <summary>
/// Python source from an AST, character for character what CPython 3.13's <c>ast.unparse</c> prints
/// (Lib/ast.py _Unparser): the same precedence table, quote choice, f-string rules and 1e309 for inf.
/// Statements are in Unparser.Statements.cs, expressions in Unparser.Expressions.cs.
/// </summary>
public sealed partial class Unparser : NodeVisitor
{
    List<string> source = [];
    readonly Dictionary<AstNode, Prec> precedences = new(ReferenceEqualityComparer.Instance);
    Dictionary<int, string> typeIgnores = [];
    int indent;
    bool inTryStar;

    /// <summary><c>ast.unparse(node)</c>.</summary>
    public static string Unparse(AstNode node) => new Unparser().Run(node);

    string Run(AstNode node)
    {
        source = [];
        Traverse(node);
        return string.Concat(source);
    }

    void Write(string text) => source.Add(text);

    void MaybeNewline()
    {
        if (source.Count > 0) Write("\n");
    }

    void Fill(string text = "")
    {
        MaybeNewline();
        Write(new string(' ', 4 * indent) + text);
    }

    void Traverse(AstNode node) => Visit(node);

    void Traverse<T>(IEnumerable<T> nodes) where T : AstNode
    {
        foreach (var n in nodes) Visit(n);
    }

    void Interleave<T>(Action between, Action<T> each, IEnumerable<T> items)
    {
        bool first = true;
        foreach (var item in items)
        {
            if (!first) between();
            first = false;
            each(item);
        }
    }

    void Comma<T>(IEnumerable<T> items, Action<T> each) => Interleave(() => Write(", "), each, items);

    void ItemsView<T>(Action<T> each, IReadOnlyList<T> items)
    {
        if (items.Count == 1)
        {
            each(items[0]);
            Write(",");
        }
        else Comma(items, each);
    }

    List<string> Buffered(Action body)
    {
        var original = source;
        var buffer = new List<string>();
        source = buffer;
        body();
        source = original;
        return buffer;
    }

    void Block(Action body, string? extra = null)
    {
        Write(":");
        if (!string.IsNullOrEmpty(extra)) Write(extra);
        indent++;
        body();
        indent--;
    }

    void Delimit(string start, string end, Action body)
    {
        Write(start);
        body();
        Write(end);
    }

    void DelimitIf(string start, string end, bool condition, Action body)
    {
        if (condition) Delimit(start, end, body); else body();
    }

    void RequireParens(Prec precedence, AstNode node, Action body) =>
        DelimitIf("(", ")", GetPrecedence(node) > precedence, body);

    Prec GetPrecedence(AstNode node) => precedences.TryGetValue(node, out var p) ? p : Prec.Test;

    void SetPrecedence(Prec precedence, params AstNode?[] nodes)
    {
        foreach (var n in nodes)
            if (n is not null) precedences[n] = precedence;
    }

    static Constant? RawDocstring(List<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { value: Constant { value: string or SurrogateStr } c } ? c : null;

    string? TypeComment(int lineno, string? typeComment)
    {
        string? comment = typeIgnores.GetValueOrDefault(lineno) ?? typeComment;
        return comment is null ? null : " # type: " + comment;
    }

    void WriteDocstringAndTraverseBody(List<StmtNode> body, bool mayHaveDocstring = true)
    {
        if (mayHaveDocstring && RawDocstring(body) is { } doc)
        {
            WriteDocstring(doc);
            Traverse(body.Skip(1));
        }
        else Traverse(body);
    }

    void WriteDocstring(Constant node)
    {
        Fill();
        if (node.kind == "u") Write("u");
        WriteStrAvoidingBackslashes(node.value!, StringLiterals.MultiQuotes);
    }

    void WriteStrAvoidingBackslashes(object value, IReadOnlyList<string> quoteTypes)
    {
        var (text, quotes) = StringLiterals.Helper(value, quoteTypes);
        Write(quotes[0] + text + quotes[0]);
    }

    const string InfStr = "1e309";

    void WriteConstant(object? value)
    {
        if (value is double or Complex)
            Write(PyRepr.Repr(value).Replace("inf", InfStr).Replace("nan", $"({InfStr}-{InfStr})"));
        else Write(PyRepr.Repr(value));
    }
}

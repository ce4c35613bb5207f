namespace Pytk.Syntax;

/// <summary>The helpers of CPython's <c>ast</c> module that passes reach for: <c>walk</c>,
/// <c>fix_missing_locations</c>, <c>increment_lineno</c>, <c>get_docstring</c>.</summary>
public static class AstHelpers
{
    /// <summary>Whether the module opens with `from __future__ import annotations` (after an optional
    /// docstring, among other future imports): its annotations are then source text, not values (PEP 563).</summary>
    public static bool HasFutureAnnotations(ModNode module)
    {
        if (module is not Module m) return false;
        for (int i = 0; i < m.body.Count; i++)
        {
            if (i == 0 && m.body[0] is Expr { value: Constant { value: string or SurrogateStr } }) continue;
            if (m.body[i] is not ImportFrom { module: "__future__", level: null or 0 } f) break;
            if (f.names.Any(a => a.name == "annotations")) return true;
        }
        return false;
    }

    /// <summary><c>ast.walk</c>: every node of the tree, breadth first, the root first. Iterative, so any
    /// depth is fine.</summary>
    public static IEnumerable<AstNode> Walk(AstNode root)
    {
        var todo = new Queue<AstNode>();
        todo.Enqueue(root);
        while (todo.Count > 0)
        {
            var node = todo.Dequeue();
            foreach (var child in node.Children()) todo.Enqueue(child);
            yield return node;
        }
    }

    /// <summary><c>ast.fix_missing_locations</c>: a node without a position (lineno 0, which no parsed node
    /// has) takes its parent's start; a missing end takes the parent's end. Mutates the tree, as CPython
    /// does; use it on nodes a pass has just made.</summary>
    public static T FixMissingLocations<T>(T root) where T : AstNode
    {
        var stack = new Stack<(AstNode Node, int Line, int Col, int? EndLine, int? EndCol)>();
        stack.Push((root, 1, 0, 1, 0));
        while (stack.Count > 0)
        {
            var (node, line, col, endLine, endCol) = stack.Pop();
            if (node is LocatedNode n)
            {
                if (n.lineno == 0)
                {
                    n.lineno = line;
                    n.col_offset = col;
                }
                else
                {
                    line = n.lineno;
                    col = n.col_offset;
                }
                if (n.end_lineno is null) n.end_lineno = endLine; else endLine = n.end_lineno;
                if (n.end_col_offset is null) n.end_col_offset = endCol; else endCol = n.end_col_offset;
            }
            foreach (var child in node.Children().Reverse())
                stack.Push((child, line, col, endLine, endCol));
        }
        return root;
    }

    /// <summary><c>ast.increment_lineno</c>: shifts every line number in the tree by <paramref name="n"/>.</summary>
    public static T IncrementLineno<T>(T root, int n = 1) where T : AstNode
    {
        foreach (var node in Walk(root))
        {
            if (node is LocatedNode l)
            {
                l.lineno += n;
                if (l.end_lineno is not null) l.end_lineno += n;
            }
            else if (node is TypeIgnore t)
            {
                t.lineno += n;
            }
        }
        return root;
    }

    /// <summary><c>ast.get_docstring(node, clean=False)</c>: the docstring of a module, class or function, or
    /// null.</summary>
    public static string? GetDocstring(AstNode node)
    {
        var body = node switch
        {
            Module m => m.body,
            ClassDef c => c.body,
            FunctionDef f => f.body,
            AsyncFunctionDef f => f.body,
            _ => throw new ArgumentException($"{node.Info.Name} can't have docstrings"),
        };
        return body.Count > 0 && body[0] is Expr { value: Constant { value: string s } } ? s : null;
    }
}

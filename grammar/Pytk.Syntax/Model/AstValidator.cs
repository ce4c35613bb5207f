using System.Collections;
using System.Numerics;

namespace Pytk.Syntax;

/// <summary>
/// Checks that a tree is one CPython's compiler would accept, as far as its shape goes: every field holds
/// what Model/Ast.def says (required fields present, node kinds of the right category, list items non-None
/// where None is not allowed, constants of constant types), expression contexts agree with where the
/// expression stands (Store in assignment targets, Del in del, Load elsewhere), and positions are present.
/// Passes run it after every pass to name the pass that broke a tree.
/// </summary>
public static class AstValidator
{
    /// <summary>Every problem found, each as "path: message" (path like <c>Module.body[2].value</c>).</summary>
    public static IReadOnlyList<string> Validate(AstNode root, bool requirePositions = true)
    {
        var errors = new List<string>();
        Walk(root, root.Info.Name, Ctx.Load, requirePositions, errors);
        return errors;
    }

    private enum Ctx { Load, Store, Del }

    private static void Walk(AstNode node, string path, Ctx expected, bool positions, List<string> errors)
    {
        DepthGuard.Check();
        var info = node.Info;
        if (positions && node is LocatedNode located)
        {
            if (located.lineno < 1 || located.col_offset < 0)
                errors.Add($"{path}: missing position (lineno={located.lineno}, col_offset={located.col_offset})");
            else if (located.end_lineno is null || located.end_col_offset is null)
                errors.Add($"{path}: missing end position");
        }
        if (node is ExprNode && ContextOf(node) is { } ctx && ctx != expected)
            errors.Add($"{path}: ctx is {ctx}, but the expression stands where {expected} is expected");
        for (int i = 0; i < info.Fields.Count; i++)
        {
            var field = info.Fields[i];
            var value = node.GetField(i);
            string at = $"{path}.{field.Name}";
            Ctx childCtx = ChildContext(node, field.Name, expected);
            if (field.IsList)
            {
                if (value is not IList list)
                {
                    errors.Add($"{at}: expected a list");
                    continue;
                }
                for (int j = 0; j < list.Count; j++)
                    CheckValue(list[j], field, $"{at}[{j}]", field.ItemsOptional, childCtx, positions, errors);
            }
            else
            {
                CheckValue(value, field, at, field.IsOptional || field.Base == FieldBase.Constant, childCtx, positions, errors);
            }
        }
    }

    private static void CheckValue(object? value, FieldInfo field, string at, bool mayBeNone, Ctx ctx, bool positions,
        List<string> errors)
    {
        if (value is null)
        {
            if (!mayBeNone) errors.Add($"{at}: required {field.TypeName} is missing");
            return;
        }
        switch (field.Base)
        {
            case FieldBase.Node:
                if (value is not AstNode child || !field.ElementType.IsInstanceOfType(child))
                    errors.Add($"{at}: expected {field.TypeName}, got {Describe(value)}");
                else
                    Walk(child, at, ctx, positions, errors);
                break;
            case FieldBase.Identifier or FieldBase.String:
                if (value is not string) errors.Add($"{at}: expected a str, got {Describe(value)}");
                break;
            case FieldBase.Int:
                if (value is not int) errors.Add($"{at}: expected an int, got {Describe(value)}");
                break;
            case FieldBase.Constant:
                if (!IsConstant(value)) errors.Add($"{at}: {Describe(value)} is not a constant");
                break;
        }
    }

    /// <summary>The constant types CPython's validator accepts (validate_constant).</summary>
    public static bool IsConstant(object? value) => value switch
    {
        null or bool or BigInteger or double or Complex or string or SurrogateStr or byte[] or PyEllipsis => true,
        PyTuple t => t.Items.All(IsConstant),
        PyFrozenSet f => f.Items.All(IsConstant),
        _ => false,
    };

    private static Ctx? ContextOf(AstNode node) => node switch
    {
        Name n => Of(n.ctx),
        Attribute a => Of(a.ctx),
        Subscript s => Of(s.ctx),
        Starred s => Of(s.ctx),
        List l => Of(l.ctx),
        Tuple t => Of(t.ctx),
        _ => null,
    };

    private static Ctx? Of(ExprContextNode? ctx) => ctx switch
    {
        Load => Ctx.Load,
        Store => Ctx.Store,
        Del => Ctx.Del,
        _ => null,
    };

    /// <summary>The context an expression in this field must have (CPython's validator rules).</summary>
    private static Ctx ChildContext(AstNode parent, string field, Ctx parentCtx) => (parent, field) switch
    {
        (Assign, "targets") or (AugAssign, "target") or (AnnAssign, "target") or (For, "target")
            or (AsyncFor, "target") or (Comprehension, "target") or (WithItem, "optional_vars")
            or (NamedExpr, "target") or (TypeAlias, "name") => Ctx.Store,
        (Delete, "targets") => Ctx.Del,
        // a starred, list or tuple target passes its context on to its elements
        (Starred, "value") or (List, "elts") or (Tuple, "elts") => parentCtx,
        _ => Ctx.Load,
    };

    private static string Describe(object value) => value switch
    {
        AstNode n => n.Info.Name,
        _ => value.GetType().Name,
    };
}

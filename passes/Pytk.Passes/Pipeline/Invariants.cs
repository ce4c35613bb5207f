using System.Collections;
using System.Numerics;
using Pytk.Syntax;

namespace Pytk.Passes;

/// <summary>
/// What every tree must satisfy after every pass: field types valid (required fields set, list items
/// present, constants of a Python constant type), positions present, and expression contexts consistent
/// with where the expression stands (Store in assignment targets, Del in del, Load elsewhere). Returns the
/// first violation as a sentence, or null.
/// </summary>
public static class Invariants
{
    public static string? Check(AstNode root)
    {
        try
        {
            Walk(root, "Load", root.Info.Name);
            return null;
        }
        catch (InvariantViolation v)
        {
            return v.Message;
        }
    }

    sealed class InvariantViolation(string message) : Exception(message);

    /// <summary>The context a field imposes on the expression in it; null: Load (or no expression).</summary>
    static string? FieldContext(string kind, string field, string inherited) => (kind, field) switch
    {
        ("Assign", "targets") or ("AugAssign", "target") or ("AnnAssign", "target") or ("For", "target")
            or ("AsyncFor", "target") or ("comprehension", "target") or ("withitem", "optional_vars")
            or ("NamedExpr", "target") or ("TypeAlias", "name") => "Store",
        ("Delete", "targets") => "Del",
        // a target's parts are targets too
        ("Tuple", "elts") or ("List", "elts") or ("Starred", "value") => inherited,
        _ => null,
    };

    static void Walk(AstNode node, string expectedCtx, string path)
    {
        DepthGuard.Check();
        var info = node.Info;
        if (node is LocatedNode located)
        {
            if (located.lineno == 0)
                throw new InvariantViolation($"{path}: {info.Name} has no position (lineno is 0; copy one from the node it replaces)");
            if (located.end_lineno is int el && el < located.lineno && located.lineno > 0)
                throw new InvariantViolation($"{path}: {info.Name} ends (line {el}) before it starts (line {located.lineno})");
        }
        for (int i = 0; i < info.Fields.Count; i++)
        {
            var field = info.Fields[i];
            object? value = node.GetField(i);
            string where = $"{path}.{field.Name}";
            if (field.Name == "ctx" && value is AstNode ctx && ctx.Info.Name != expectedCtx)
                throw new InvariantViolation($"{where}: {info.Name} has ctx {ctx.Info.Name}() where {expectedCtx}() is required");
            string childCtx = FieldContext(info.Name, field.Name, expectedCtx) ?? "Load";
            if (field.IsList)
            {
                if (value is not IList list) throw new InvariantViolation($"{where}: expected a list, got {Describe(value)}");
                for (int j = 0; j < list.Count; j++)
                {
                    var item = list[j];
                    if (item is null)
                    {
                        if (!field.ItemsOptional) throw new InvariantViolation($"{where}[{j}]: None is not allowed here");
                        continue;
                    }
                    CheckValue(field, item, $"{where}[{j}]", childCtx);
                }
            }
            else if (value is null)
            {
                // a constant field's null is Python's None, a value like any other
                if (!field.IsOptional && field.Base != FieldBase.Constant) throw new InvariantViolation($"{where}: required field is missing");
            }
            else CheckValue(field, value, where, childCtx);
        }
    }

    static void CheckValue(FieldInfo field, object value, string where, string childCtx)
    {
        switch (field.Base)
        {
            case FieldBase.Node:
                if (value is Splice) throw new InvariantViolation($"{where}: a Splice was left in the tree");
                if (!field.ElementType.IsInstanceOfType(value))
                    throw new InvariantViolation($"{where}: expected {field.TypeName}, got {Describe(value)}");
                Walk((AstNode)value, childCtx, where);
                break;
            case FieldBase.Identifier or FieldBase.String:
                if (value is not string) throw new InvariantViolation($"{where}: expected a str, got {Describe(value)}");
                break;
            case FieldBase.Int:
                if (value is not int) throw new InvariantViolation($"{where}: expected an int, got {Describe(value)}");
                break;
            case FieldBase.Constant:
                if (!IsConstant(value)) throw new InvariantViolation($"{where}: {Describe(value)} is not a Python constant");
                break;
        }
    }

    static bool IsConstant(object? v) => v switch
    {
        null or bool or BigInteger or double or Complex or string or SurrogateStr or byte[] or PyEllipsis => true,
        PyTuple t => t.Items.All(IsConstant),
        PyFrozenSet f => f.Items.All(IsConstant),
        _ => false,
    };

    static string Describe(object? v) => v switch
    {
        null => "None",
        AstNode n => n.Info.Name,
        _ => v.GetType().Name,
    };
}

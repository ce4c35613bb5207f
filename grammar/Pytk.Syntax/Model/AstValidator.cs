using System.Collections;
using System.Numerics;

namespace Pytk.Syntax;

/// <summary>
/// The one validator of AST trees: a tree it accepts is one CPython 3.13's compiler would accept. Two kinds of
/// rule, checked in one walk:
/// <list type="bullet">
/// <item>shape, from Model/Ast.def: required fields present, node kinds of the right category, list items
/// non-None where None is not allowed, constants of constant types, and positions present (every node placed,
/// end positions set);</item>
/// <item>CPython's own checks (Python/ast.c, `_PyAST_Validate`): expression contexts agree with where the
/// expression stands (Store in assignment targets, Del in del, Load elsewhere, nothing else assignable),
/// position ranges that do not end before they start, non-empty bodies, targets and names, matching list lengths (Dict, Compare, arguments, MatchMapping,
/// MatchClass), Try/TryStar handler rules, Raise without exception, ImportFrom level, identifiers that spell
/// None/True/False, and the pattern rules. The message of such a problem is CPython's.</item>
/// </list>
/// The pass pipeline runs it after every pass (PassRunner names the pass that broke a tree); `pytk from-json
/// --validate` and the AST conformance check use it on trees from outside.
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

    /// <summary>The first problem, or null when the tree is valid.</summary>
    public static string? FirstProblem(AstNode root, bool requirePositions = true) =>
        Validate(root, requirePositions) is [var first, ..] ? first : null;

    private enum Ctx { Load, Store, Del }

    private static void Walk(AstNode node, string path, Ctx expected, bool positions, List<string> errors)
    {
        DepthGuard.Check();
        var info = node.Info;
        if (positions && node is LocatedNode located) CheckPosition(located, path, errors);
        if (node is ExprNode)
        {
            if (ContextOf(node) is { } ctx)
            {
                if (ctx != expected) errors.Add($"{path}: expression must have {expected} context but has {ctx} instead");
            }
            else if (expected != Ctx.Load)
                errors.Add($"{path}: expression which can't be assigned to in {expected} context");
        }
        Rules(node, path, errors);
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
                    errors.Add($"{at}: expected a list, got {Describe(value)}");
                    continue;
                }
                for (int j = 0; j < list.Count; j++)
                    CheckValue(list[j], field, $"{at}[{j}]", field.ItemsOptional, childCtx, positions, errors);
            }
            else
            {
                // a constant field's null is Python's None, a value like any other
                CheckValue(value, field, at, field.IsOptional || field.Base == FieldBase.Constant, childCtx, positions, errors);
            }
        }
    }

    /// <summary>
    /// A node never placed (lineno 0, what a new node has until <c>At</c> or <c>CopyLocation</c>) or without an end is
    /// pytk's rule; the ranges are CPython's (VALIDATE_POSITIONS in Python/ast.c), which accepts -1 everywhere for
    /// a node made up by the optimizer (a format spec split out of a %-format, say).
    /// </summary>
    private static void CheckPosition(LocatedNode n, string path, List<string> errors)
    {
        if (n.lineno == 0)
            errors.Add($"{path}: missing position (lineno=0); copy one from the node it replaces");
        else if (n.end_lineno is not int endLine || n.end_col_offset is not int endCol)
            errors.Add($"{path}: missing end position");
        else if (n.lineno > endLine)
            errors.Add($"{path}: AST node line range ({n.lineno}, {endLine}) is not valid");
        else if ((n.lineno < 0 && endLine != n.lineno) || (n.col_offset < 0 && n.col_offset != endCol))
            errors.Add($"{path}: AST node column range ({n.col_offset}, {endCol}) for line range ({n.lineno}, {endLine}) is not valid");
        else if (n.lineno == endLine && n.col_offset > endCol)
            errors.Add($"{path}: line {n.lineno}, column {n.col_offset}-{endCol} is not a valid range");
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
                if (!IsConstant(value)) errors.Add($"{at}: got an invalid type in Constant: {Describe(value)}");
                break;
        }
    }

    /// <summary>CPython's checks beyond the shape (Python/ast.c), with its messages.</summary>
    private static void Rules(AstNode node, string path, List<string> errors)
    {
        void Check(bool ok, string message)
        {
            if (!ok) errors.Add($"{path}: {message}");
        }
        void NonEmpty(IList seq, string what, string owner) => Check(seq.Count > 0, $"empty {what} on {owner}");
        void Identifier(string? name)
        {
            if (name is "None" or "True" or "False") errors.Add($"{path}: identifier field can't represent '{name}' constant");
        }
        void Capture(string? name)
        {
            if (name == "_") errors.Add($"{path}: can't capture name '_' in patterns");
            Identifier(name);
        }

        switch (node)
        {
            case FunctionDef f: NonEmpty(f.body, "body", "FunctionDef"); break;
            case AsyncFunctionDef f: NonEmpty(f.body, "body", "AsyncFunctionDef"); break;
            case ClassDef c: NonEmpty(c.body, "body", "ClassDef"); break;
            case Delete d: NonEmpty(d.targets, "targets", "Delete"); break;
            case Assign a: NonEmpty(a.targets, "targets", "Assign"); break;
            case AnnAssign a: Check(a.simple == 0 || a.target is Name, "AnnAssign with simple non-Name target"); break;
            case TypeAlias t: Check(t.name is Name, "TypeAlias with non-Name name"); break;
            case For f: NonEmpty(f.body, "body", "For"); break;
            case AsyncFor f: NonEmpty(f.body, "body", "AsyncFor"); break;
            case While w: NonEmpty(w.body, "body", "While"); break;
            case If i: NonEmpty(i.body, "body", "If"); break;
            case With w: NonEmpty(w.items, "items", "With"); NonEmpty(w.body, "body", "With"); break;
            case AsyncWith w: NonEmpty(w.items, "items", "AsyncWith"); NonEmpty(w.body, "body", "AsyncWith"); break;
            case Match m: NonEmpty(m.cases, "cases", "Match"); break;
            case MatchCase c: NonEmpty(c.body, "body", "match_case"); break;
            case Raise r: Check(r.exc is not null || r.cause is null, "Raise with cause but no exception"); break;
            case Try t: TryRules(t.body, t.handlers, t.orelse, t.finalbody, "Try"); break;
            case TryStar t: TryRules(t.body, t.handlers, t.orelse, t.finalbody, "TryStar"); break;
            case ExceptHandler h: NonEmpty(h.body, "body", "ExceptHandler"); break;
            case Import i: NonEmpty(i.names, "names", "Import"); break;
            case ImportFrom i:
                Check(i.level is not < 0, "Negative ImportFrom level");
                NonEmpty(i.names, "names", "ImportFrom");
                break;
            case Global g: NonEmpty(g.names, "names", "Global"); break;
            case Nonlocal n: NonEmpty(n.names, "names", "Nonlocal"); break;

            case BoolOp b: Check(b.values.Count >= 2, "BoolOp with less than 2 values"); break;
            case Dict d: Check(d.keys.Count == d.values.Count, "Dict doesn't have the same number of keys as values"); break;
            case ListComp c: Check(c.generators.Count > 0, "comprehension with no generators"); break;
            case SetComp c: Check(c.generators.Count > 0, "comprehension with no generators"); break;
            case DictComp c: Check(c.generators.Count > 0, "comprehension with no generators"); break;
            case GeneratorExp c: Check(c.generators.Count > 0, "comprehension with no generators"); break;
            case Compare c:
                Check(c.comparators.Count > 0, "Compare with no comparators");
                Check(c.comparators.Count == 0 || c.comparators.Count == c.ops.Count,
                    "Compare has a different number of comparators and operands");
                break;
            case Name n: Identifier(n.id); break;
            case Arguments a:
                Check(a.defaults.Count <= a.posonlyargs.Count + a.args.Count, "more positional defaults than args on arguments");
                Check(a.kw_defaults.Count == a.kwonlyargs.Count, "length of kwonlyargs is not the same as kw_defaults on arguments");
                break;

            case MatchValue v:
                // negative and complex numbers are a UnaryOp/BinOp until constant folding; f-strings are refused later
                Check(v.value is Constant or Attribute or UnaryOp or BinOp or JoinedStr, "patterns may only match literals and attribute lookups");
                Check(v.value is not Constant { value: null or bool }, "unexpected constant inside of a literal pattern");
                break;
            case MatchSingleton s:
                Check(s.value is null or bool, "MatchSingleton can only contain True, False and None");
                break;
            case MatchMapping m:
                Check(m.keys.Count == m.patterns.Count, "MatchMapping doesn't have the same number of keys as patterns");
                Capture(m.rest);
                break;
            case MatchClass c:
                Check(c.cls is Name or Attribute, "MatchClass cls field can only contain Name or Attribute nodes.");
                Check(c.kwd_attrs.Count == c.kwd_patterns.Count, "MatchClass doesn't have the same number of keyword attributes as patterns");
                foreach (var attr in c.kwd_attrs) Identifier(attr);
                break;
            case MatchStar s: Capture(s.name); break;
            case MatchAs a:
                Capture(a.name);
                Check(a.pattern is null || a.name is not null, "MatchAs must specify a target name if a pattern is given");
                break;
            case MatchOr o: Check(o.patterns.Count >= 2, "MatchOr requires at least 2 patterns"); break;
        }

        void TryRules(IList body, IList handlers, IList orelse, IList finalbody, string owner)
        {
            NonEmpty(body, "body", owner);
            Check(handlers.Count > 0 || finalbody.Count > 0, $"{owner} has neither except handlers nor finalbody");
            Check(handlers.Count > 0 || orelse.Count == 0, $"{owner} has orelse but no except handlers");
        }
    }

    /// <summary>The constant types CPython's validator accepts (validate_constant).</summary>
    public static bool IsConstant(object? value) => value switch
    {
        null or bool or BigInteger or double or Complex or string or SurrogateStr or byte[] or EllipsisConstant => true,
        TupleConstant t => t.Items.All(IsConstant),
        FrozenSetConstant f => f.Items.All(IsConstant),
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

    private static string Describe(object? value) => value switch
    {
        null => "None",
        AstNode n => n.Info.Name,
        _ => value.GetType().Name,
    };
}

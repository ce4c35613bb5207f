using Pytk.Semantics;
using Pytk.Syntax;

namespace Pytk.Passes.Builtin;

/// <summary>
/// dce: dead-code elimination. Removes statements after return/raise/break/continue, the bodies of
/// <c>if False:</c>/<c>while False:</c>, the dead branch of an if on a constant, constant expression
/// statements (not docstrings: str constants stay) and redundant <c>pass</c>.
/// Python's rules it keeps: in a function a dead assignment still makes its name local (removing it could
/// turn an UnboundLocalError into a global read), unless the symbol table says the name is global or free
/// there anyway; a dead <c>yield</c> still makes a generator, and
/// global/nonlocal hold for the whole scope, so dead code doing any of these stays. An emptied block gets
/// <c>pass</c>, so an emptied function still returns None.
/// </summary>
[Pass]
public sealed class Dce : AstPass
{
    public override string Name => "dce";
    public override string Description => "remove unreachable statements, constant-test branches and constant expression statements (keeps scoping, yield, global)";

    public override ModNode Run(ModNode module, PassContext context) =>
        new Eliminator(context, context.Scopes(module)).Transform(module);

    /// <summary>A function being cleaned: its symbol-table block (null without a table) and how many
    /// bindings of each name remain in it (parameters included).</summary>
    sealed record FunctionScope(SymbolBlock? Block, Dictionary<string, int> Remaining)
    {
        /// <summary>A binding of the name decides its scope here: it is local (or, with no table, may be).</summary>
        public bool Decides(string name) => Block is null || Block.IsLocal(name);
    }

    sealed class Eliminator(PassContext context, Symtable? table) : NodeTransformer
    {
        /// <summary>Per enclosing scope: the function's facts; null for class and module scopes, where a
        /// binding does not decide a name's scope.</summary>
        readonly Stack<FunctionScope?> scopes = new([null]);

        public override AstNode? Visit(AstNode node)
        {
            bool opens = node is FunctionDef or AsyncFunctionDef or Lambda or ClassDef or ModNode;
            if (opens)
                scopes.Push(node switch
                {
                    FunctionDef f => Function(f, f.body, f.args),
                    AsyncFunctionDef f => Function(f, f.body, f.args),
                    Lambda l => Function(l, [], l.args),
                    _ => null,
                });
            try
            {
                var result = base.Visit(node);
                return result is null or Splice ? result : CleanBodies(result);
            }
            finally
            {
                if (opens) scopes.Pop();
            }
        }

        FunctionScope Function(AstNode node, List<StmtNode> body, Arguments args)
        {
            var counts = new Dictionary<string, int>(ScopeFacts.Of(body).Bindings);
            foreach (var a in args.posonlyargs.Concat(args.args).Concat(args.kwonlyargs).Append(args.vararg).Append(args.kwarg))
                if (a is not null) counts[a.arg] = counts.GetValueOrDefault(a.arg) + 1;
            return new FunctionScope(table?.Blocks.GetValueOrDefault(node), counts);
        }

        /// <summary>Whether these statements can vanish without changing their scope: in a function every
        /// name they bind must stay bound elsewhere. Answering yes books them as removed.</summary>
        bool Droppable(IEnumerable<StmtNode> stmts)
        {
            var facts = ScopeFacts.Of(stmts);
            if (facts.DeclaresGlobalOrNonlocal || facts.Yields) return false;
            var scope = scopes.Peek();
            if (scope is null) return true;
            var remaining = scope.Remaining;
            if (facts.Bindings.Any(b => scope.Decides(b.Key) && remaining.GetValueOrDefault(b.Key) - b.Value < 1)) return false;
            foreach (var (name, count) in facts.Bindings) remaining[name] = remaining.GetValueOrDefault(name) - count;
            return true;
        }

        public override AstNode? VisitIf(If original)
        {
            var node = (If)GenericVisit(original);
            if (node.test is not Constant c) return node;
            bool truth = PyValue.Truthy(c.value);
            var (kept, dead) = truth ? (node.body, node.orelse) : (node.orelse, node.body);
            if (!Droppable(dead) || !context.TryChange("branches", $"if on a constant: kept the {(truth ? "body" : "else branch")}", node)) return node;
            return Splice.Of([.. kept]);
        }

        public override AstNode? VisitWhile(While original)
        {
            var node = (While)GenericVisit(original);
            if (node.test is not Constant c || PyValue.Truthy(c.value) || !Droppable(node.body)
                || !context.TryChange("branches", "while on a false constant: kept the else branch", node)) return node;
            return Splice.Of([.. node.orelse]);
        }

        AstNode CleanBodies(AstNode node)
        {
            var info = node.Info;
            AstNode? copy = null;
            for (int i = 0; i < info.Fields.Count; i++)
            {
                if (!info.Fields[i].IsList || info.Fields[i].ElementType != typeof(StmtNode)) continue;
                var body = (List<StmtNode>)node.GetField(i)!;
                bool isBody = info.Fields[i].Name == "body";
                var cleaned = Clean(body, isBody && node is Module or FunctionDef or AsyncFunctionDef or ClassDef);
                if (cleaned.Count == 0 && isBody && node is LocatedNode at)
                    cleaned = [(StmtNode)new Pass().CopyLocation(at)]; // a block may not be empty
                if (ReferenceEquals(cleaned, body)) continue;
                copy ??= node.ShallowCopy();
                copy.SetField(i, cleaned);
            }
            return copy ?? node;
        }

        List<StmtNode> Clean(List<StmtNode> body, bool docstringPosition)
        {
            List<StmtNode>? result = null;
            for (int i = 0; i < body.Count; i++)
            {
                var s = body[i];
                if (s is Return or Raise or Break or Continue && i + 1 < body.Count && Droppable(body.Skip(i + 1))
                    && context.TryChange("unreachable", $"removed {body.Count - i - 1} unreachable statement(s)", body[i + 1]))
                {
                    result ??= body.GetRange(0, i);
                    result.Add(s);
                    break;
                }
                bool pure = s is Expr { value: Constant { value: not (string or SurrogateStr) } } || s is Pass;
                if (pure && !(docstringPosition && i == 0 && s is Expr)
                    && (s is Pass || context.TryChange("expressions", "removed a constant expression statement", s)))
                {
                    result ??= body.GetRange(0, i);
                    continue;
                }
                result?.Add(s);
            }
            if (result is null) return body;
            // an emptied block gets its pass back in CleanBodies; an emptied function still returns None
            if (result.Count == 0 && body is [Pass]) return body;
            return result;
        }
    }
}

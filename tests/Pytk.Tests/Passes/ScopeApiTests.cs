using Pytk.Passes;
using Pytk.Semantics;
using Pytk.Syntax;
using Assert = Xunit.Assert;

namespace Pytk.Tests.Passes;

/// <summary>
/// The scope API passes and plugins use (<see cref="PassContext.Scopes"/>, <see cref="SymbolBlock.Resolve"/>)
/// against CPython 3.13's own `symtable` module: for every block and every name, the scope, whether it is a
/// parameter and whether the block reads it. The snippets have no list/set/dict comprehensions, which
/// CPython inlines into their parent (PEP 709) and the passes' view keeps as blocks of their own.
/// </summary>
public class ScopeApiTests
{
    const string Oracle = """
        import symtable, sys
        names = {1: "Local", 2: "GlobalExplicit", 3: "GlobalImplicit", 4: "Free", 5: "Cell"}
        def walk(t, path):
            for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
                if s.get_name().startswith("."):
                    continue
                print(path, s.get_name(), names[s._Symbol__scope], s.is_parameter(), s.is_referenced())
            for c in t.get_children():
                walk(c, path + "/" + c.get_name())
        walk(symtable.symtable(sys.stdin.read(), "<snippet>", "exec"), "top")
        """;

    [Theory]
    [InlineData("""
        g = 1
        def f(a, *args, b=g, **kw):
            global g
            x = a
            def inner(c):
                nonlocal x
                x = c + y
                return lambda: (x, c, kw)
            y = 2
            return inner, sum(i * x for i in args)
        """)]
    [InlineData("""
        import os.path as p, sys
        class C(Base, metaclass=Meta):
            attr = 1
            __private = 2
            def m(self, __k):
                __k = self.__private + __k
                return __class__, attr
            def n(self):
                return super().m(self.attr)
        """)]
    [InlineData("""
        def outer():
            v = 0
            class Inner:
                v = 1
                w = v
                def get(self):
                    return v
            def gen():
                yield v
            return Inner, gen
        def generic[T: int, *Ts, **P](x: T) -> T:
            return x
        type Alias[U] = list[U]
        """)]
    public void ScopesMatchCPythonsSymtable(string source)
    {
        var expected = CPython.Oracle(Oracle, source);
        var module = (Module)Pytk.Grammar.SourceParser.Parse(source);
        var table = new PassContext("scopes").Scopes(module);
        Assert.NotNull(table);
        var actual = new System.Text.StringBuilder();
        Walk(table!.Top, "top", actual);
        Assert.Equal(expected, actual.ToString());
    }

    static void Walk(SymbolBlock b, string path, System.Text.StringBuilder o)
    {
        foreach (var stored in b.Order.Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal))
        {
            string name = Written(b, stored);
            o.Append($"{path} {stored} {b.Resolve(name)} {(b.IsParameter(name) ? "True" : "False")} ")
             .Append((b.FlagsOf(name) & SymFlags.Used) != 0 ? "True" : "False").Append('\n');
        }
        foreach (var c in b.Children) Walk(c, path + "/" + c.Name, o);
    }

    /// <summary>The name as the source writes it: the API mangles private names itself.</summary>
    static string Written(SymbolBlock b, string stored)
    {
        string prefix = "_" + (b.PrivateName ?? "").TrimStart('_');
        return b.PrivateName is not null && stored.StartsWith(prefix + "__") ? stored[prefix.Length..] : stored;
    }

    [Fact]
    public void AModuleThatBreaksAScopingRuleHasNoTable()
    {
        var module = Pytk.Grammar.SourceParser.Parse("def f():\n    nonlocal x\n");
        Assert.Null(new PassContext("scopes").Scopes(module));
    }

    [Fact]
    public void TheTableIsBuiltOncePerModule()
    {
        var module = Pytk.Grammar.SourceParser.Parse("x = 1\n");
        var context = new PassContext("scopes");
        Assert.Same(context.Scopes(module), context.Scopes(module));
        Assert.NotSame(context.Scopes(module), context.Scopes(Pytk.Grammar.SourceParser.Parse("x = 1\n")));
    }
}

using System.Numerics;
using A = Pytk.Syntax;

namespace Pytk.Compiler.CodeGen;

/// <summary>
/// The compile-time errors of a case pattern, checked in CPython's compile.c order (depth first, left to
/// right, each where codegen would meet it) and reported at its locations: unreachable patterns, names bound
/// twice, or-alternatives binding different names, repeated class-pattern attributes, duplicate mapping keys.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>allowIrrefutable: the pattern may match anything (a guarded or last case, a sub-pattern).</summary>
    void CheckPattern(A.PatternNode p, bool allowIrrefutable, List<string> stores)
    {
        switch (p)
        {
            case A.MatchAs a:
                if (a.pattern is null)
                {
                    if (!allowIrrefutable)
                        throw Error(a.name is { } nm ? $"name capture '{nm}' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable", a);
                }
                else CheckPattern(a.pattern, allowIrrefutable, stores);
                StoreInPattern(a.name, a, stores);
                break;
            case A.MatchStar s:
                StoreInPattern(s.name, s, stores);
                break;
            case A.MatchSequence s:
                if (s.patterns.Count(x => x is A.MatchStar) > 1) throw Error("multiple starred names in sequence pattern", s);
                foreach (var sub in s.patterns) CheckPattern(sub, true, stores);
                break;
            case A.MatchMapping m:
                {
                    var seen = new HashSet<object>();
                    foreach (var key in m.keys)
                    {
                        if (ConstantKey(key) is { } k && !seen.Add(k.Key))
                            throw Error($"mapping pattern checks duplicate key ({k.Repr})", m);
                    }
                    foreach (var sub in m.patterns) CheckPattern(sub, true, stores);
                    StoreInPattern(m.rest, m, stores);
                    break;
                }
            case A.MatchClass c:
                for (int i = 0; i < c.kwd_attrs.Count; i++)
                {
                    Forbidden(c.kwd_attrs[i], c.kwd_patterns[i]);
                    for (int j = i + 1; j < c.kwd_attrs.Count; j++)
                        if (c.kwd_attrs[i] == c.kwd_attrs[j])
                            throw Error($"attribute name repeated in class pattern: {c.kwd_attrs[i]}", c.kwd_patterns[j]);
                }
                foreach (var sub in c.patterns.Concat(c.kwd_patterns)) CheckPattern(sub, true, stores);
                break;
            case A.MatchOr o:
                {
                    List<string>? control = null;
                    for (int i = 0; i < o.patterns.Count; i++)
                    {
                        var altStores = new List<string>();
                        CheckPattern(o.patterns[i], i == o.patterns.Count - 1 && allowIrrefutable, altStores);
                        if (control is null) control = altStores;
                        else if (altStores.Count != control.Count || control.Any(n => !altStores.Contains(n)))
                            throw Error("alternative patterns bind different names", o);
                    }
                    foreach (var n in control!) StoreInPattern(n, o, stores);
                    break;
                }
        }
    }

    void StoreInPattern(string? name, A.LocatedNode at, List<string> stores)
    {
        if (name is null) return;
        Forbidden(name, at);
        if (stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", at);
        stores.Add(name);
    }

    /// <summary>A mapping pattern key that is a constant (after CPython's folding of a negated number), as a
    /// value equal keys share (1, 1.0 and True are one key) and its repr.</summary>
    static (object Key, string Repr)? ConstantKey(A.ExprNode key)
    {
        object? v;
        if (key is A.Constant c) v = c.value;
        else if (key is A.UnaryOp { op: A.USub, operand: A.Constant { value: BigInteger or double or Complex } n })
            v = n.value switch { BigInteger b => -b, double d => -d, Complex z => -z, _ => null };
        else return null;
        string repr = A.PyRepr.Repr(v);
        object norm = v switch
        {
            bool b => new BigInteger(b ? 1 : 0),
            double d when d == Math.Floor(d) && !double.IsInfinity(d) => new BigInteger(d),
            Complex z when z.Imaginary == 0 => z.Real == Math.Floor(z.Real) && !double.IsInfinity(z.Real) ? new BigInteger(z.Real) : z.Real,
            null => "None",
            string s => "s" + s,
            byte[] bs => "b" + Convert.ToHexString(bs),
            _ => v,
        };
        return (norm, repr);
    }
}

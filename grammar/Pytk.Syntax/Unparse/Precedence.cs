namespace Pytk.Syntax;

/// <summary>Lib/ast.py's _Precedence: binding strength from loosest to tightest.</summary>
enum Prec
{
    NamedExpr = 1, Tuple, Yield, Test, Or, And, Not, Cmp, Expr, BXor, BAnd, Shift, Arith, Term, Factor, Power, Await, Atom,
    BOr = Expr,
}

static class PrecExtensions
{
    public static Prec Next(this Prec p) => p == Prec.Atom ? p : p + 1;
}

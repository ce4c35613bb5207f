using System.Numerics;

namespace Pytk.Vm.NativeModules;

/// <summary>The math module. Domain errors raise ValueError("math domain error"), overflow OverflowError.</summary>
public static class MathModule
{
    static double D(PyObject o) => NumberMethods.ToDouble(o);

    static PyObject R(double v, bool domainIfNan = true, double x = 0)
    {
        if (double.IsNaN(v) && !double.IsNaN(x) && domainIfNan) throw Err.Value("math domain error");
        if (double.IsInfinity(v) && !double.IsInfinity(x)) throw Err.Overflow("math range error");
        return new PyFloat(v);
    }

    static void F1(Dictionary<string, PyObject> d, string name, Func<double, double> f, Func<double, bool>? domain = null) =>
        d[name] = Def.Func(name, (a, kw) =>
        {
            Def.Count(name, a, 1, 1);
            double x = D(a[0]);
            if (domain is not null && !double.IsNaN(x) && !domain(x)) throw Err.Value("math domain error");
            return R(f(x), true, x);
        });

    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.Dict!;
        d["pi"] = new PyFloat(Math.PI);
        d["e"] = new PyFloat(Math.E);
        d["tau"] = new PyFloat(Math.Tau);
        d["inf"] = new PyFloat(double.PositiveInfinity);
        d["nan"] = new PyFloat(Pytk.Vm.BuiltinTypes.Numbers.FloatText.PositiveNaN);
        F1(d, "sqrt", Math.Sqrt, x => x >= 0);
        F1(d, "exp", Math.Exp);
        F1(d, "exp2", x => Math.Pow(2, x));
        F1(d, "expm1", x => Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1);
        d["log2"] = Def.Func("log2", (a, kw) => { Def.Count("log2", a, 1, 1); return new PyFloat(BigLog(a[0], Math.Log2)); });
        d["log10"] = Def.Func("log10", (a, kw) => { Def.Count("log10", a, 1, 1); return new PyFloat(BigLog(a[0], Math.Log10)); });
        F1(d, "log1p", x => Math.Abs(x) < 1e-4 ? x - x * x / 2 + x * x * x / 3 : Math.Log(1 + x), x => x > -1);
        F1(d, "sin", Math.Sin, x => !double.IsInfinity(x));
        F1(d, "cos", Math.Cos, x => !double.IsInfinity(x));
        F1(d, "tan", Math.Tan, x => !double.IsInfinity(x));
        F1(d, "asin", Math.Asin, x => x >= -1 && x <= 1);
        F1(d, "acos", Math.Acos, x => x >= -1 && x <= 1);
        F1(d, "atan", Math.Atan);
        F1(d, "sinh", Math.Sinh);
        F1(d, "cosh", Math.Cosh);
        F1(d, "tanh", Math.Tanh);
        F1(d, "asinh", Math.Asinh);
        F1(d, "acosh", Math.Acosh, x => x >= 1);
        F1(d, "atanh", Math.Atanh, x => x > -1 && x < 1);
        F1(d, "fabs", Math.Abs);
        F1(d, "cbrt", Math.Cbrt);
        F1(d, "degrees", x => x * 180.0 / Math.PI);
        F1(d, "radians", x => x * Math.PI / 180.0);
        F1(d, "erf", Erf);
        F1(d, "erfc", x => 1 - Erf(x));
        F1(d, "gamma", Gamma, x => !(x <= 0 && x == Math.Floor(x)));
        F1(d, "lgamma", LogGamma, x => !(x <= 0 && x == Math.Floor(x)));
        d["log"] = Def.Func("log", (a, kw) =>
        {
            Def.Count("log", a, 1, 2);
            double num = BigLog(a[0], Math.Log);
            if (a.Length == 1) return new PyFloat(num);
            double den = BigLog(a[1], Math.Log);
            if (den == 0) throw Err.ZeroDiv("float division by zero");
            return new PyFloat(num / den);
        });
        d["pow"] = Def.Func("pow", (a, kw) =>
        {
            double x = D(a[0]), y = D(a[1]);
            if (x == 0 && y < 0) throw Err.Value("math domain error");
            if (x < 0 && y != Math.Floor(y) && !double.IsInfinity(y)) throw Err.Value("math domain error");
            return R(Math.Pow(x, y), false, double.IsInfinity(x) || double.IsInfinity(y) ? double.PositiveInfinity : 0);
        });
        d["atan2"] = Def.Func("atan2", (a, kw) => new PyFloat(Math.Atan2(D(a[0]), D(a[1]))));
        d["copysign"] = Def.Func("copysign", (a, kw) => new PyFloat(Math.CopySign(D(a[0]), D(a[1]))));
        d["fmod"] = Def.Func("fmod", (a, kw) =>
        {
            double x = D(a[0]), y = D(a[1]);
            if (y == 0 || double.IsInfinity(x)) throw Err.Value("math domain error");
            return new PyFloat(x % y);
        });
        d["remainder"] = Def.Func("remainder", (a, kw) => new PyFloat(Math.IEEERemainder(D(a[0]), D(a[1]))));
        d["hypot"] = Def.Func("hypot", (a, kw) => new PyFloat(Math.Sqrt(a.Sum(x => D(x) * D(x)))));
        d["dist"] = Def.Func("dist", (a, kw) =>
        {
            var p = Ops.ToList(a[0]); var q = Ops.ToList(a[1]);
            if (p.Count != q.Count) throw Err.Value("both points must have the same number of dimensions");
            return new PyFloat(Math.Sqrt(p.Zip(q).Sum(t => (D(t.First) - D(t.Second)) * (D(t.First) - D(t.Second)))));
        });
        d["floor"] = Def.Func("floor", (a, kw) => a[0] is PyInt i ? PyInt.From(i.AsBig)
            : a[0].Type.Lookup("__floor__") is { } ff && a[0] is not PyFloat ? Ops.CallSpecial(ff, a[0]) : NumberMethods.FloatToInt(Math.Floor(D(a[0]))));
        d["ceil"] = Def.Func("ceil", (a, kw) => a[0] is PyInt i ? PyInt.From(i.AsBig)
            : a[0].Type.Lookup("__ceil__") is { } cf && a[0] is not PyFloat ? Ops.CallSpecial(cf, a[0]) : NumberMethods.FloatToInt(Math.Ceiling(D(a[0]))));
        d["trunc"] = Def.Func("trunc", (a, kw) => a[0] is PyInt i ? PyInt.From(i.AsBig)
            : a[0].Type.Lookup("__trunc__") is { } tf && a[0] is not PyFloat ? Ops.CallSpecial(tf, a[0]) : NumberMethods.FloatToInt(Math.Truncate(D(a[0]))));
        d["modf"] = Def.Func("modf", (a, kw) => { double x = D(a[0]); double ip = Math.Truncate(x); return PyTuple.Of(new PyFloat(x - ip), new PyFloat(ip)); });
        d["frexp"] = Def.Func("frexp", (a, kw) => { double mm = Ops.Frexp(D(a[0]), out int e); return PyTuple.Of(new PyFloat(mm), PyInt.From(e)); });
        d["ldexp"] = Def.Func("ldexp", (a, kw) => R(Math.ScaleB(D(a[0]), (int)Ops.IndexLongClamped(a[1])), false, D(a[0])));  // a huge exponent over/underflows
        d["isfinite"] = Def.Func("isfinite", (a, kw) => Py.Bool(double.IsFinite(D(a[0]))));
        d["isinf"] = Def.Func("isinf", (a, kw) => Py.Bool(double.IsInfinity(D(a[0]))));
        d["isnan"] = Def.Func("isnan", (a, kw) => Py.Bool(double.IsNaN(D(a[0]))));
        d["isclose"] = Def.Func("isclose", (a, kw) =>
        {
            double x = D(a[0]), y = D(a[1]);
            double rel = kw?.FirstOrDefault(p => p.Key == "rel_tol").Value is { } r ? D(r) : 1e-9;
            double abs = kw?.FirstOrDefault(p => p.Key == "abs_tol").Value is { } ab ? D(ab) : 0.0;
            if (rel < 0 || abs < 0) throw Err.Value("tolerances must be non-negative");
            if (x == y) return Py.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return Py.False;
            double diff = Math.Abs(y - x);
            return Py.Bool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        d["factorial"] = Def.Func("factorial", (a, kw) =>
        {
            if (a[0] is not PyInt) throw Err.Type($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            var n = Ops.Index(a[0]).AsBig;
            if (n < 0) throw Err.Value("factorial() not defined for negative values");
            BigInteger r = 1;
            for (int i = 2; i <= (int)n; i++) r *= i;
            return PyInt.From(r);
        });
        d["gcd"] = Def.Func("gcd", (a, kw) => PyInt.From(a.Aggregate(BigInteger.Zero, (g, x) => BigInteger.GreatestCommonDivisor(g, Ops.Index(x).AsBig))));
        d["lcm"] = Def.Func("lcm", (a, kw) => PyInt.From(a.Aggregate(BigInteger.One, (l, x) =>
        {
            var v = BigInteger.Abs(Ops.Index(x).AsBig);
            return l.IsZero || v.IsZero ? BigInteger.Zero : l / BigInteger.GreatestCommonDivisor(l, v) * v;
        })));
        d["isqrt"] = Def.Func("isqrt", (a, kw) =>
        {
            var n = Ops.Index(a[0]).AsBig;
            if (n < 0) throw Err.Value("isqrt() argument must be nonnegative");
            if (n.IsZero) return PyInt.From(0);
            // Newton's iteration from a power of two above the root: exact for any size (a double guess is
            // off by far more than a few units once n passes 2**104)
            var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
            while (true)
            {
                var y = (x + n / x) >> 1;
                if (y >= x) return PyInt.From(x);
                x = y;
            }
        });
        d["comb"] = Def.Func("comb", (a, kw) =>
        {
            var n = Ops.Index(a[0]).AsBig; var k = Ops.Index(a[1]).AsBig;
            if (n < 0 || k < 0) throw Err.Value(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (k > n - k) k = n - k;
            BigInteger r = 1;
            for (BigInteger i = 0; i < k; i++) r = r * (n - i) / (i + 1);
            return PyInt.From(r);
        });
        d["perm"] = Def.Func("perm", (a, kw) =>
        {
            var n = Ops.Index(a[0]).AsBig; var k = a.Length > 1 && a[1] is not PyNone ? Ops.Index(a[1]).AsBig : n;
            if (n < 0 || k < 0) throw Err.Value(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            BigInteger r = 1;
            for (BigInteger i = 0; i < k; i++) r *= n - i;
            return PyInt.From(r);
        });
        d["fsum"] = Def.Func("fsum", (a, kw) =>
        {
            // Shewchuk's exact summation (as CPython's math.fsum).
            var partials = new List<double>();
            foreach (var item in Ops.Enumerate(a[0]))
            {
                double x = D(item);
                int i = 0;
                foreach (var p0 in partials.ToList())
                {
                    double y = p0;
                    if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                    double hi = x + y, lo = y - (hi - x);
                    if (lo != 0) partials[i++] = lo;
                    x = hi;
                }
                partials.RemoveRange(i, partials.Count - i);
                partials.Add(x);
            }
            double sum = 0;
            for (int j = partials.Count - 1; j >= 0; j--)
            {
                double x = sum, y = partials[j];
                sum = x + y;
                double lo = y - (sum - x);
                if (lo != 0 && j > 0 && ((lo < 0 && partials[j - 1] < 0) || (lo > 0 && partials[j - 1] > 0)))
                {
                    double y2 = lo * 2, x2 = sum + y2;
                    if (y2 == x2 - sum) sum = x2;
                    break;
                }
                if (lo != 0) break;
            }
            return new PyFloat(sum);
        });
        d["prod"] = Def.Func("prod", (a, kw) =>
        {
            if (a.Length != 1) throw Err.Type($"prod() takes exactly 1 positional argument ({a.Length} given)");
            PyObject acc = PyInt.From(1);
            foreach (var (k, v) in kw ?? [])
                acc = k == "start" ? v : throw Err.Type($"prod() got an unexpected keyword argument '{k}'");
            foreach (var x in Ops.Enumerate(a[0])) acc = Ops.Binary(NbOp.Mul, acc, x);
            return acc;
        });
        d["sumprod"] = Def.Func("sumprod", (a, kw) =>
        {
            Def.Count("sumprod", a, 2, 2);
            var p = Ops.ToList(a[0]); var q = Ops.ToList(a[1]);
            if (p.Count != q.Count) throw Err.Value("Inputs are not the same length");
            PyObject acc = PyInt.From(0);
            foreach (var (x, y) in p.Zip(q)) acc = Ops.Binary(NbOp.Add, acc, Ops.Binary(NbOp.Mul, x, y));
            return acc;
        });
        d["fma"] = Def.Func("fma", (a, kw) =>
        {
            Def.Count("fma", a, 3, 3);
            double x = D(a[0]), y = D(a[1]), z = D(a[2]);
            double r = Math.FusedMultiplyAdd(x, y, z);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y) && !double.IsNaN(z)) throw Err.Value("invalid operation in fma");
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(z)) throw Err.Overflow("overflow in fma");
            return new PyFloat(r);
        });
        d["nextafter"] = Def.Func("nextafter", (a, kw) => new PyFloat(D(a[1]) > D(a[0]) ? Math.BitIncrement(D(a[0])) : D(a[1]) < D(a[0]) ? Math.BitDecrement(D(a[0])) : D(a[1])));
        d["ulp"] = Def.Func("ulp", (a, kw) => { double x = Math.Abs(D(a[0])); return new PyFloat(Math.BitIncrement(x) - x); });
        CheckArity(d);
        return m;
    }

    /// <summary>CPython's loghelper: an int too big for a double is m × 2^e (m in [0.5, 1)), so f(m) + f(2)·e.</summary>
    static double BigLog(PyObject o, Func<double, double> f)
    {
        if (o is PyInt bi && !bi.IsSmall)
        {
            if (bi.Sign <= 0) throw Err.Value("math domain error");
            var v = bi.AsBig;
            double asDouble = PyInt.BigToDouble(v);
            if (!double.IsInfinity(asDouble)) return f(asDouble);
            long e = (long)v.GetBitLength();
            int shift = (int)(e - 64);
            double m = Math.ScaleB(PyInt.BigToDouble(v >> shift), -64);
            return f(m) + f(2.0) * e;
        }
        double x = D(o);
        if (x <= 0) throw Err.Value("math domain error");   // CPython 3.13's words (3.14 says more)
        return f(x);
    }

    static double Erf(double x)
    {
        // Abramowitz-Stegun 7.1.26 is too coarse; use the series/continued fraction split for full precision.
        double ax = Math.Abs(x);
        double r;
        if (ax < 2.5)
        {
            double sum = ax, term = ax, x2 = ax * ax;
            for (int n = 1; n < 200; n++)
            {
                term *= -x2 / n;
                double t = term / (2 * n + 1);
                sum += t;
                if (Math.Abs(t) < 1e-17 * Math.Abs(sum)) break;
            }
            r = 2 / Math.Sqrt(Math.PI) * sum;
        }
        else
        {
            double f = 0;
            for (int n = 60; n >= 1; n--) f = n / 2.0 / (ax + f);
            r = 1 - Math.Exp(-ax * ax) / Math.Sqrt(Math.PI) / (ax + f);
        }
        return x < 0 ? -r : r;
    }

    /// <summary>log|Γ(x)|, computed in log form so it stays finite where Γ overflows (x above 171): exact
    /// factorials for small positive integers (lgamma(1) = lgamma(2) = 0), reflection below 0.5, Lanczos above.</summary>
    static double LogGamma(double x)
    {
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x == Math.Floor(x) && x > 0 && x < 171) return Math.Log(Gamma(x));
        double ax = Math.Abs(x);
        if (ax < 1e-20) return -Math.Log(ax);
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        if (x < 171) return Math.Log(Math.Abs(Gamma(x)));
        x -= 1;
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }

    static double Gamma(double x)
    {
        if (x == Math.Floor(x) && x > 0 && x < 171)
        {
            double r = 1;
            for (int i = 2; i < (int)x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        x -= 1;
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
    }

    /// <summary>Argument counts of the positional-only functions, checked before they run, with CPython's messages
    /// (METH_O: "math.floor() takes exactly one argument (0 given)"; fast calls: "atan2 expected 2 arguments, got 1").</summary>
    static readonly Dictionary<string, (int Min, int Max)> Arity = new()
    {
        ["acos"] = (1, 1), ["acosh"] = (1, 1), ["asin"] = (1, 1), ["asinh"] = (1, 1), ["atan"] = (1, 1), ["atanh"] = (1, 1),
        ["cbrt"] = (1, 1), ["ceil"] = (1, 1), ["cos"] = (1, 1), ["cosh"] = (1, 1), ["degrees"] = (1, 1), ["erf"] = (1, 1),
        ["erfc"] = (1, 1), ["exp"] = (1, 1), ["exp2"] = (1, 1), ["expm1"] = (1, 1), ["fabs"] = (1, 1), ["factorial"] = (1, 1),
        ["floor"] = (1, 1), ["frexp"] = (1, 1), ["fsum"] = (1, 1), ["gamma"] = (1, 1), ["isfinite"] = (1, 1), ["isinf"] = (1, 1),
        ["isnan"] = (1, 1), ["isqrt"] = (1, 1), ["lgamma"] = (1, 1), ["log10"] = (1, 1), ["log1p"] = (1, 1), ["log2"] = (1, 1),
        ["modf"] = (1, 1), ["radians"] = (1, 1), ["sin"] = (1, 1), ["sinh"] = (1, 1), ["sqrt"] = (1, 1), ["tan"] = (1, 1),
        ["tanh"] = (1, 1), ["trunc"] = (1, 1), ["ulp"] = (1, 1),
        ["atan2"] = (2, 2), ["comb"] = (2, 2), ["copysign"] = (2, 2), ["dist"] = (2, 2), ["fma"] = (3, 3), ["fmod"] = (2, 2),
        ["ldexp"] = (2, 2), ["pow"] = (2, 2), ["remainder"] = (2, 2), ["sumprod"] = (2, 2),
        ["perm"] = (1, 2), ["log"] = (1, 2),
        ["gcd"] = (0, int.MaxValue), ["lcm"] = (0, int.MaxValue), ["hypot"] = (0, int.MaxValue),
    };

    static void CheckArity(Dictionary<string, PyObject> d)
    {
        foreach (var (name, (min, max)) in Arity)
        {
            if (d.GetValueOrDefault(name) is not PyBuiltin inner) continue;
            d[name] = Def.Func(name, (a, kw) =>
            {
                if (kw is { Count: > 0 }) throw Err.Type($"math.{name}() takes no keyword arguments");
                if (a.Length < min || a.Length > max)
                    throw Err.Type(min == 1 && max == 1 ? $"math.{name}() takes exactly one argument ({a.Length} given)"
                        : min == max ? $"{name} expected {min} arguments, got {a.Length}"
                        : a.Length < min ? $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {a.Length}"
                        : $"{name} expected at most {max} arguments, got {a.Length}");
                return inner.Fn(a, kw);
            });
        }
    }

}

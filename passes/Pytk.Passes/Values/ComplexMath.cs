using System.Numerics;

namespace Pytk.Passes;

/// <summary>CPython's complex arithmetic (Objects/complexobject.c), whose rounding differs from
/// System.Numerics.Complex in the last bits; null where Python raises.</summary>
public static class ComplexMath
{
    public static Complex Prod(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    /// <summary>_Py_c_quot (Smith's method); null for division by zero.</summary>
    public static Complex? Quot(Complex a, Complex b)
    {
        double absBr = Math.Abs(b.Real), absBi = Math.Abs(b.Imaginary);
        if (absBr >= absBi)
        {
            if (absBr == 0) return null;
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    /// <summary>complex_pow: small integer exponents by repeated multiplication, others by polar form;
    /// null for 0 ** negative-or-complex and on overflow.</summary>
    public static Complex? Pow(Complex a, Complex b)
    {
        Complex r;
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            int n = (int)b.Real;
            if (n > 0) r = PowU(a, n);
            else
            {
                var q = Quot(Complex.One, PowU(a, -n));
                if (q is null) return null;
                r = q.Value;
            }
        }
        else
        {
            if (b.Real == 0 && b.Imaginary == 0) r = Complex.One;
            else if (a.Real == 0 && a.Imaginary == 0)
            {
                if (b.Imaginary != 0 || b.Real < 0) return null;
                r = Complex.Zero;
            }
            else
            {
                double vabs = double.Hypot(a.Real, a.Imaginary);
                double len = Math.Pow(vabs, b.Real);
                double at = Math.Atan2(a.Imaginary, a.Real);
                double phase = at * b.Real;
                if (b.Imaginary != 0)
                {
                    len /= Math.Exp(at * b.Imaginary);
                    phase += b.Imaginary * Math.Log(vabs);
                }
                r = new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
            }
        }
        if (double.IsInfinity(r.Real) || double.IsInfinity(r.Imaginary)) return null;
        return r;
    }

    static Complex PowU(Complex x, int n)
    {
        Complex r = Complex.One, p = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) r = Prod(r, p);
            p = Prod(p, p);
        }
        return r;
    }
}

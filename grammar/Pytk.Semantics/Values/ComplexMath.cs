using System.Numerics;

namespace Pytk.Semantics;

/// <summary>CPython's complex arithmetic (Objects/complexobject.c), whose rounding differs from
/// System.Numerics.Complex in the last bits. Used by the VM's complex type and by constant folding.</summary>
public static class ComplexMath
{
    /// <summary>_Py_c_prod.</summary>
    public static Complex Prod(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    /// <summary>_Py_c_quot (Smith's method); null for division by zero ("complex division by zero").</summary>
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
        return new Complex(double.NaN, double.NaN); // a NaN part in b
    }

    public const string ZeroPowerMessage = "0.0 to a negative or complex power";
    public const string OverflowMessage = "complex exponentiation";

    /// <summary>complex_pow: small integer exponents by repeated squaring (c_powi), others in polar form
    /// (_Py_c_pow). <see cref="MathFault.ZeroDivision"/> for 0 ** negative-or-complex
    /// (<see cref="ZeroPowerMessage"/>), <see cref="MathFault.Overflow"/> for an infinite part
    /// (<see cref="OverflowMessage"/>).</summary>
    public static MathFault Pow(Complex a, Complex b, out Complex r)
    {
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            int n = (int)b.Real;
            if (n > 0) r = PowU(a, n);
            else
            {
                var q = Quot(Complex.One, PowU(a, -n));
                r = q ?? Complex.Zero;
                if (q is null) return MathFault.ZeroDivision;
            }
        }
        else if (b.Real == 0 && b.Imaginary == 0) r = Complex.One;
        else if (a.Real == 0 && a.Imaginary == 0)
        {
            r = Complex.Zero;
            if (b.Imaginary != 0 || b.Real < 0) return MathFault.ZeroDivision;
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
        return double.IsInfinity(r.Real) || double.IsInfinity(r.Imaginary) ? MathFault.Overflow : MathFault.None;
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

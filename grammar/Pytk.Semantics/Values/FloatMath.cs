namespace Pytk.Semantics;

/// <summary>CPython's float arithmetic where IEEE alone is not Python (Objects/floatobject.c).</summary>
public static class FloatMath
{
    /// <summary>float_divmod: floor quotient and a remainder with the divisor's sign. The divisor is not 0
    /// (Python raises "float floor division by zero", "float modulo by zero" or "float divmod()").</summary>
    public static (double Div, double Mod) DivMod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    public const string ZeroPowerMessage = "0.0 cannot be raised to a negative power";
    public const string OverflowMessage = "(34, 'Numerical result out of range')";

    /// <summary>float_pow: C's pow plus Python's special cases. <see cref="MathFault.ZeroDivision"/> for
    /// 0.0 ** negative (<see cref="ZeroPowerMessage"/>), <see cref="MathFault.Overflow"/> for a finite
    /// operation with an infinite result (<see cref="OverflowMessage"/>), <see cref="MathFault.NeedsComplex"/>
    /// for a negative base with a non-integer exponent (the result is complex ** complex).</summary>
    public static MathFault Pow(double iv, double iw, out double r)
    {
        r = 0;
        if (iw == 0) { r = 1.0; return MathFault.None; }
        if (double.IsNaN(iv)) { r = iv; return MathFault.None; }
        if (double.IsNaN(iw)) { r = iv == 1.0 ? 1.0 : iw; return MathFault.None; }
        if (double.IsInfinity(iw))
        {
            double a = Math.Abs(iv);
            r = a == 1.0 ? 1.0 : (iw > 0) == (a > 1.0) ? Math.Abs(iw) : 0.0;
            return MathFault.None;
        }
        bool odd = IsOddInteger(iw);
        if (double.IsInfinity(iv))
        {
            r = iw > 0 ? (odd ? iv : Math.Abs(iv)) : (odd ? Math.CopySign(0.0, iv) : 0.0);
            return MathFault.None;
        }
        if (iv == 0)
        {
            if (iw < 0) return MathFault.ZeroDivision;
            r = odd ? iv : 0.0;
            return MathFault.None;
        }
        bool negate = false;
        if (iv < 0)
        {
            if (iw != Math.Floor(iw)) return MathFault.NeedsComplex;
            iv = -iv;
            negate = odd;
        }
        if (iv == 1.0) { r = negate ? -1.0 : 1.0; return MathFault.None; }
        r = Math.Pow(iv, iw);
        if (negate) r = -r;
        return double.IsInfinity(r) ? MathFault.Overflow : MathFault.None;
    }

    static bool IsOddInteger(double x) => Math.Abs(x) % 2.0 == 1.0;
}

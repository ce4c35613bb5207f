namespace Pytk.Semantics;

/// <summary>Why an arithmetic operation has no value: the exception Python raises instead. The kernel reports
/// it and each caller acts on it: the VM raises the exception (each kernel method names CPython's message),
/// constant folding leaves the expression for run time.</summary>
public enum MathFault
{
    None,
    ZeroDivision,
    Overflow,
    /// <summary>Not an error: float ** float with a negative base and a non-integer exponent is complex.</summary>
    NeedsComplex,
}

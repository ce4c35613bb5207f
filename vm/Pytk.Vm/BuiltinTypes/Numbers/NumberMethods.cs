using System.Globalization;
using System.Numerics;

namespace Pytk.Vm.BuiltinTypes.Numbers;

/// <summary>int, bool, float and complex: constructors, operator dunders and methods.</summary>
public static class NumberMethods
{
    public static PyObject FloatToInt(double d)
    {
        if (double.IsNaN(d)) throw Err.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw Err.Overflow("cannot convert float infinity to integer");
        d = Math.Truncate(d);
        if (Math.Abs(d) < 9e18) return PyInt.From((long)d);
        return PyInt.From(new BigInteger(d));
    }

    public static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.V;
            case PyInt i: return i.ToDouble();
        }
        var ff = o.Type.Lookup("__float__");
        if (ff is not null) return ((PyFloat)Ops.CallSpecial(ff, o)).V;
        var ix = o.Type.Lookup("__index__");
        if (ix is not null) return ((PyInt)Ops.CallSpecial(ix, o)).ToDouble();
        throw Err.Type($"must be real number, not {o.Type.Name}");
    }

    public static string ComplexRepr(PyComplex c) => PyRepr.ComplexRepr(new System.Numerics.Complex(c.Real, c.Imag));

    /// <summary>int(text, base) with CPython's rules: whitespace, sign, base prefix, single underscores between digits.</summary>
    /// <summary>int(text, radix); <paramref name="shown"/> is the argument's repr in the error (bytes show as b'...').</summary>
    public static PyInt ParseInt(string text, int radix, string? shown = null)
    {
        var err = () => Err.Value($"invalid literal for int() with base {radix}: {shown ?? PyRepr.Str(text)}");
        string s = StrMethods.StripWhite(text);
        int i = 0;
        bool neg = false;
        if (i < s.Length && s[i] is '+' or '-') neg = s[i++] == '-';
        int b = radix;
        bool afterPrefix = false;
        if (i + 1 < s.Length && s[i] == '0' && (radix is 0 or 16 or 8 or 2))
        {
            int r = char.ToLowerInvariant(s[i + 1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => -1 };
            if (r > 0 && (radix == 0 || radix == r)) { b = r; i += 2; afterPrefix = true; }
        }
        bool zeroOnly = false;
        if (b == 0) { b = 10; zeroOnly = i < s.Length && s[i] == '0'; }
        int start = i, ndigits = 0;
        bool prevDigit = afterPrefix;
        var digits = new System.Text.StringBuilder(s.Length);
        for (; i < s.Length; i++)
        {
            char ch = s[i];
            if (ch == '_')
            {
                if (!prevDigit) throw err();
                prevDigit = false;
                continue;
            }
            int d = char.IsAsciiDigit(ch) ? ch - '0' : char.IsAsciiLetter(ch) ? char.ToLowerInvariant(ch) - 'a' + 10
                : char.GetUnicodeCategory(ch) == UnicodeCategory.DecimalDigitNumber ? (int)char.GetNumericValue(ch) : 99;
            if (d >= b) throw err();
            if (zeroOnly && d != 0) throw err();
            digits.Append((char)(d < 10 ? '0' + d : 'a' + d - 10));
            ndigits++;
            prevDigit = true;
        }
        if (ndigits == 0 || !prevDigit) throw err();
        if ((b & (b - 1)) != 0 && PyInt.MaxStrDigits > 0 && ndigits > PyInt.MaxStrDigits) throw PyInt.TooManyDigits(ndigits);
        BigInteger v;
        string ds = digits.ToString();
        if (b == 10 && ds.Length <= 18) v = long.Parse(ds, CultureInfo.InvariantCulture);
        else v = IntMath.ParseDigits(ds, b);
        return PyInt.From(neg ? -v : v);
    }

    public static double ParseFloat(string text) => FloatText.Parse(text);

    static void RegisterArith(PyType t)
    {
        for (int i = 0; i < 13; i++)
        {
            var op = (NbOp)i;
            if (t == Types.Float && op is NbOp.And or NbOp.Or or NbOp.Xor or NbOp.LShift or NbOp.RShift) continue;
            if (op == NbOp.MatMul) continue;
            if (t == Types.Complex && op is not (NbOp.Add or NbOp.Sub or NbOp.Mul or NbOp.TrueDiv or NbOp.Pow)) continue;
            Def.Method(t, NbOpInfo.Slot[i], (a, _) => Fits(t, a) ? Num.Binary(op, a[0], a[1]) ?? Py.NotImplemented : Py.NotImplemented);
            Def.Method(t, NbOpInfo.RSlot[i], (a, _) => Fits(t, a) ? Num.Binary(op, a[1], a[0]) ?? Py.NotImplemented : Py.NotImplemented);
        }
        Def.Method(t, "__divmod__", (a, _) => Fits(t, a) ? DivMod(a[0], a[1]) : Py.NotImplemented);
        Def.Method(t, "__rdivmod__", (a, _) => Fits(t, a) ? DivMod(a[1], a[0]) : Py.NotImplemented);
        Def.M0(t, "__neg__", a => a switch
        {
            PyInt i => i.IsSmall && i.V != long.MinValue ? PyInt.From(-i.V) : PyInt.From(-i.AsBig),
            PyFloat f => new PyFloat(-f.V),
            PyComplex c => new PyComplex(-c.Real, -c.Imag),
            _ => Py.NotImplemented,
        });
        Def.M0(t, "__pos__", a => a is PyFloat ? new PyFloat(((PyFloat)a).V) : a is PyInt i ? PyInt.From(i.AsBig) : a);
        Def.M0(t, "__abs__", Abs);
        Def.M0(t, "__bool__", a => Py.Bool(a switch { PyInt i => i.Sign != 0, PyFloat f => f.V != 0, PyComplex c => c.Real != 0 || c.Imag != 0, _ => true }));
        Def.M0(t, "__hash__", a => PyInt.From(a is PyComplex c ? ComplexHash(c) : a is PyInt i ? Ops.HashInt(i) : Ops.HashDouble(((PyFloat)a).V, a)));
        foreach (CmpOp op in Enum.GetValues<CmpOp>())
        {
            var cop = op;
            Def.Method(t, CmpOpInfo.Slot[(int)op], (a, _) => Fits(t, a) ? CompareNumbers(a[0], a[1], cop) : Py.NotImplemented);
        }
    }

    /// <summary>int's dunders take ints, float's ints and floats, complex's all three (CPython's NotImplemented rule).</summary>
    static bool Fits(PyType t, PyObject[] a)
    {
        if (a.Length != 2) throw Err.Type($"expected 1 argument, got {a.Length - 1}");
        var o = a[1];
        return o is PyInt || (o is PyFloat && t != Types.Int) || (o is PyComplex && t == Types.Complex);
    }

    public static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is PyFloat || b is PyFloat)
        {
            if (a is PyComplex || b is PyComplex) return Py.NotImplemented;
            double y = Num.AsDouble(b);
            if (y == 0) throw Err.ZeroDiv("float divmod()");
            var (q, r) = FloatMath.DivMod(Num.AsDouble(a), y);
            return PyTuple.Of(new PyFloat(q), new PyFloat(r));
        }
        if (a is PyInt ia && b is PyInt ib)
        {
            if (ib.Sign == 0) throw Err.ZeroDiv("integer division or modulo by zero");
            return PyTuple.Of(Num.Binary(NbOp.FloorDiv, a, b)!, Num.Binary(NbOp.Mod, a, b)!);
        }
        return Py.NotImplemented;
    }

    static long ComplexHash(PyComplex c)
    {
        long h = Ops.HashDouble(c.Real, c) + 1000003L * Ops.HashDouble(c.Imag, c);
        return h == -1 ? -2 : h;
    }

    public static PyObject Abs(PyObject a) => a switch
    {
        PyInt i => i.Sign < 0 ? Ops.Negative(i) : PyInt.From(i.AsBig),
        PyFloat f => new PyFloat(Math.Abs(f.V)),
        PyComplex c => new PyFloat(Hypot(c.Real, c.Imag)),
        _ => Py.NotImplemented,
    };

    static double Hypot(double x, double y) => double.IsInfinity(x) || double.IsInfinity(y) ? double.PositiveInfinity : Math.Sqrt(x * x + y * y);

    static PyObject CompareNumbers(PyObject a, PyObject b, CmpOp op)
    {
        if (a is PyComplex || b is PyComplex)
        {
            if (op is not (CmpOp.Eq or CmpOp.Ne)) return Py.NotImplemented;
            if (b is not (PyInt or PyFloat or PyComplex)) return Py.NotImplemented;
            var (ar, ai) = a is PyComplex ca ? (ca.Real, ca.Imag) : (Num.AsDouble(a), 0.0);
            var (br, bi) = b is PyComplex cb ? (cb.Real, cb.Imag) : (Num.AsDouble(b), 0.0);
            bool eq = ar == br && ai == bi;
            return Py.Bool(op == CmpOp.Eq ? eq : !eq);
        }
        switch (a, b)
        {
            case (PyInt x, PyInt y): return Py.Bool(CmpOpInfo.FromOrder(x.IsSmall && y.IsSmall ? x.V.CompareTo(y.V) : x.AsBig.CompareTo(y.AsBig), op));
            case (PyFloat x, PyFloat y): return Py.Bool(Ops.CompareDoubles(x.V, y.V, op));
            case (PyInt x, PyFloat y):
                {
                    int c = Num.CompareIntFloat(x, y.V);
                    return Py.Bool(c == 2 ? op == CmpOp.Ne : CmpOpInfo.FromOrder(c, op));
                }
            case (PyFloat x, PyInt y):
                {
                    int c = Num.CompareIntFloat(y, x.V);
                    return Py.Bool(c == 2 ? op == CmpOp.Ne : CmpOpInfo.FromOrder(-c, op));
                }
        }
        return Py.NotImplemented;
    }

    public static void Register()
    {
        RegisterInt();
        RegisterFloat();
        RegisterComplex();
    }

    static void RegisterInt()
    {
        var t = Types.Int;
        RegisterArith(t);
        Def.Static(t, "__new__", (a, kw) =>
        {
            var cls = a[0] as PyType ?? throw Err.Type($"int.__new__(X): X is not a type object ({a[0].Type.Name})");
            if (!cls.IsSubtypeOf(Types.Int)) throw Err.Type($"int.__new__({cls.Name}): {cls.Name} is not a subtype of int");
            if (a.Length > 3) throw Err.Type($"int expected at most 2 arguments, got {a.Length - 1}");
            var x = Def.Arg(a, kw, 1, "x");
            var bs = Def.Arg(a, kw, 2, "base");
            PyInt r;
            if (x is null) r = PyInt.From(0);
            else if (bs is not null)
            {
                // a base of any size is checked as a value (int('0', 5000000000) is the range ValueError)
                var bi = Ops.Index(bs);
                int radix = bi.IsSmall && bi.V is >= 0 and <= 36 ? (int)bi.V : -1;
                if (radix != 0 && (radix < 2 || radix > 36)) throw Err.Value("int() base must be >= 2 and <= 36, or 0");
                r = x is PyStr xs ? ParseInt(xs.Value, radix)
                    : x is PyBytes xb ? ParseInt(System.Text.Encoding.Latin1.GetString(xb.Value), radix, PyRepr.Bytes(xb.Value))
                    : throw Err.Type("int() can't convert non-string with explicit base");
            }
            else r = ToInt(x);
            if (cls == Types.Int) return r;
            if (cls == Types.Bool) return Py.Bool(r.Sign != 0);
            return new PyInt(cls, r.AsBig);
        });
        Def.M0(t, "__repr__", a => a is PyBool b ? new PyStr(b.Value ? "True" : "False") : new PyStr(((PyInt)a).ToDecimal()));
        Def.M0(t, "__int__", a => PyInt.From(((PyInt)a).AsBig));
        Def.M0(t, "__index__", a => PyInt.From(((PyInt)a).AsBig));
        Def.M0(t, "__float__", a => new PyFloat(((PyInt)a).ToDouble()));
        Def.M0(t, "__invert__", a => PyInt.From(-((PyInt)a).AsBig - 1));
        // an empty spec is str(self) (a subclass's own __str__), as for every built-in __format__
        Def.M1(t, "__format__", (a, s) => new PyStr(Ops.Str(s).Length == 0 ? Ops.Str(a) : Formatting.FormatInt((PyInt)a, Ops.Str(s))));
        Def.Method(t, "__round__", (a, kw) => a.Length < 2 || a[1] is PyNone ? PyInt.From(((PyInt)a[0]).AsBig) : RoundInt((PyInt)a[0], Ops.IndexLongClamped(a[1])));
        Def.M0(t, "__trunc__", a => PyInt.From(((PyInt)a).AsBig));
        Def.M0(t, "__floor__", a => PyInt.From(((PyInt)a).AsBig));
        Def.M0(t, "__ceil__", a => PyInt.From(((PyInt)a).AsBig));
        Def.M0(t, "bit_length", a => PyInt.From((long)BigInteger.Abs(((PyInt)a).AsBig).GetBitLength()));
        Def.M0(t, "bit_count", a => { var v = BigInteger.Abs(((PyInt)a).AsBig); int n = 0; foreach (var by in v.ToByteArray()) n += BitOperations.PopCount(by); return PyInt.From(n); });
        Def.M0(t, "conjugate", a => PyInt.From(((PyInt)a).AsBig));
        Def.M0(t, "is_integer", a => Py.True);
        Def.M0(t, "as_integer_ratio", a => PyTuple.Of(PyInt.From(((PyInt)a).AsBig), PyInt.From(1)));
        Def.Prop(t, "real", a => PyInt.From(((PyInt)a).AsBig));
        Def.Prop(t, "imag", a => PyInt.From(0));
        Def.Prop(t, "numerator", a => PyInt.From(((PyInt)a).AsBig));
        Def.Prop(t, "denominator", a => PyInt.From(1));
        Def.Method(t, "to_bytes", (a, kw) =>
        {
            long length = Ops.IndexSsize(Def.Arg(a, kw, 1, "length", PyInt.From(1))!);
            string order = ByteOrder(Def.Arg(a, kw, 2, "byteorder", new PyStr("big"))!);
            bool signed = Ops.Truth(kw?.FirstOrDefault(p => p.Key == "signed").Value ?? Py.False);
            if (length < 0) throw Err.Value("length argument must be non-negative");
            var v = ((PyInt)a[0]).AsBig;
            if (!signed && v.Sign < 0) throw Err.Overflow("can't convert negative int to unsigned");
            var bytes = v.IsZero ? [] : v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > length) throw Err.Overflow("int too big to convert");
            if (length > Array.MaxLength) throw Err.New(ExcTypes.All["MemoryError"], "");
            var res = new byte[length];
            Array.Copy(bytes, res, bytes.Length);
            if (v.Sign < 0) for (int i = bytes.Length; i < length; i++) res[i] = 0xFF;
            if (order == "big") Array.Reverse(res);
            return new PyBytes(res);
        });
        Def.ClassMethod(t, "from_bytes", (a, kw) =>
        {
            var src = Def.Arg(a, kw, 1, "bytes") ?? throw Err.Type("from_bytes() missing required argument 'bytes' (pos 1)");
            var bytes = BytesMethods.AsBytes(src).ToArray();
            string order = ByteOrder(Def.Arg(a, kw, 2, "byteorder", new PyStr("big"))!);
            bool signed = Ops.Truth(kw?.FirstOrDefault(p => p.Key == "signed").Value ?? Py.False);
            var v = PyInt.From(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: order == "big"));
            var cls = (PyType)a[0];
            return cls == Types.Int ? v : Ops.Call(cls, v);
        });
        var b = Types.Bool;
        Def.Static(b, "__new__", (a, kw) =>
        {
            Def.NoKw("bool", kw);
            if (a.Length > 2) throw Err.Type($"bool expected at most 1 argument, got {a.Length - 1}");
            return Py.Bool(a.Length > 1 && Ops.Truth(a[1]));
        });
        Def.M0(b, "__repr__", a => new PyStr(((PyBool)a).Value ? "True" : "False"));
        foreach (var (name, op) in new[] { ("__and__", NbOp.And), ("__or__", NbOp.Or), ("__xor__", NbOp.Xor) })
        {
            var o = op;
            Def.M1(b, name, (x, y) => Num.Binary(o, x, y) ?? Py.NotImplemented);
            Def.M1(b, "__r" + name[2..], (x, y) => Num.Binary(o, y, x) ?? Py.NotImplemented);
        }
    }

    static string ByteOrder(PyObject o)
    {
        string s = Def.Str(o, "to_bytes() argument 'byteorder'");
        return s is "big" or "little" ? s : throw Err.Value("byteorder must be either 'little' or 'big'");
    }

    static PyObject RoundInt(PyInt v, long nd)
    {
        if (nd >= 0) return v;
        // more digits dropped than the number has: it rounds to 0
        if (-nd > BigInteger.Abs(v.AsBig).ToString().Length + 1) return PyInt.From(0);
        var p = BigInteger.Pow(10, (int)-nd);
        var x = v.AsBig;
        var q = IntMath.FloorDiv(x, p);
        var r = x - q * p;
        var twice = r * 2;
        if (twice > p || (twice == p && !q.IsEven)) q += 1;
        return PyInt.From(q * p);
    }

    public static PyInt ToInt(PyObject x)
    {
        switch (x)
        {
            case PyInt i: return PyInt.From(i.AsBig);
            case PyFloat f: return (PyInt)FloatToInt(f.V);
            case PyStr s: return ParseInt(s.Value, 10);
            case PyBytes b: return ParseInt(System.Text.Encoding.Latin1.GetString(b.Value), 10, PyRepr.Bytes(b.Value));
        }
        foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
            if (x.Type.Lookup(name) is { } f)
            {
                var r = Ops.CallSpecial(f, x);
                if (r is PyInt ri) return ri;
                throw Err.Type($"{name} returned non-int (type {r.Type.Name})");
            }
        if (Bytes.BytesText.BytesLike(x) is { } buffer) return ParseInt(System.Text.Encoding.Latin1.GetString(buffer), 10, PyRepr.Bytes(buffer));
        throw Err.Type($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    static void RegisterFloat()
    {
        var t = Types.Float;
        RegisterArith(t);
        Def.Static(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            if (kw is { Count: > 0 }) throw Err.Type("float() takes no keyword arguments");
            if (a.Length > 2) throw Err.Type($"float expected at most 1 argument, got {a.Length - 1}");
            var x = Def.Arg(a, kw, 1, "x");
            double v = x switch
            {
                null => 0.0,
                PyStr s => ParseFloat(s.Value),
                PyBytes b => FloatText.Parse(System.Text.Encoding.Latin1.GetString(b.Value), b.Mutable ? PyRepr.ByteArray(b.Value) : PyRepr.Bytes(b.Value)),
                PyFloat f => f.V,
                PyInt i => i.ToDouble(),
                _ => x.Type.Lookup("__float__") is { } ff ? (Ops.CallSpecial(ff, x) as PyFloat ?? throw Err.Type("__float__ returned non-float")).V
                   : x.Type.Lookup("__index__") is not null ? Ops.Index(x).ToDouble()
                   : Bytes.BytesText.BytesLike(x) is { } buffer ? FloatText.Parse(System.Text.Encoding.Latin1.GetString(buffer), Ops.Repr(x))
                   : throw Err.Type($"float() argument must be a string or a real number, not '{x.Type.Name}'"),
            };
            return new PyFloat(v, cls == Types.Float ? null : cls);
        });
        Def.M0(t, "__repr__", a => new PyStr(PyRepr.Float(((PyFloat)a).V)));
        Def.M0(t, "__float__", a => new PyFloat(((PyFloat)a).V));
        Def.M0(t, "__int__", a => FloatToInt(((PyFloat)a).V));
        Def.M0(t, "__trunc__", a => FloatToInt(((PyFloat)a).V));
        Def.M0(t, "__floor__", a => FloatToInt(Math.Floor(((PyFloat)a).V)));
        Def.M0(t, "__ceil__", a => FloatToInt(Math.Ceiling(((PyFloat)a).V)));
        Def.M1(t, "__format__", (a, s) => new PyStr(Ops.Str(s).Length == 0 ? Ops.Str(a) : Formatting.FormatFloat(((PyFloat)a).V, Ops.Str(s))));
        Def.Method(t, "__round__", (a, kw) => RoundFloat(((PyFloat)a[0]).V, a.Length > 1 ? a[1] : Py.None));
        Def.M0(t, "is_integer", a => Py.Bool(((PyFloat)a).V == Math.Floor(((PyFloat)a).V) && !double.IsInfinity(((PyFloat)a).V)));
        Def.M0(t, "conjugate", a => a);
        Def.M0(t, "hex", a => new PyStr(FloatText.Hex(((PyFloat)a).V)));
        Def.M0(t, "as_integer_ratio", a =>
        {
            double d = ((PyFloat)a).V;
            if (double.IsInfinity(d)) throw Err.Overflow("cannot convert Infinity to integer ratio");
            if (double.IsNaN(d)) throw Err.Value("cannot convert NaN to integer ratio");
            BigInteger num = 0, den = 1;
            double m = Ops.Frexp(d, out int e);
            for (int i = 0; i < 300 && m != Math.Floor(m); i++) { m *= 2; e--; }
            num = new BigInteger(m);
            if (e > 0) num <<= e; else den <<= -e;
            var g = BigInteger.GreatestCommonDivisor(num, den);
            return PyTuple.Of(PyInt.From(num / g), PyInt.From(den / g));
        });
        Def.Prop(t, "real", a => a);
        Def.Prop(t, "imag", a => new PyFloat(0));
        Def.ClassMethod(t, "fromhex", (a, kw) =>
        {
            Def.Count("fromhex", a[1..], 1, 1);
            var v = new PyFloat(FloatText.FromHex(Def.Str(a[1], "fromhex() argument")));
            return a[0] == Types.Float ? v : Ops.Call(a[0], v);
        });
        // The storage format of C doubles and floats: IEEE 754 little-endian on every platform .NET runs on.
        Def.ClassMethod(t, "__getformat__", (a, kw) =>
        {
            Def.Count("__getformat__", a[1..], 1, 1);
            string which = Def.Str(a[1], "__getformat__() argument");
            if (which != "double" && which != "float") throw Err.Value("__getformat__() argument 1 must be 'double' or 'float'");
            return new PyStr(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        });
    }

    public static PyObject RoundFloat(double v, PyObject nd)
    {
        if (nd is PyNone)
        {
            double r = Math.Round(v, MidpointRounding.ToEven);
            return FloatToInt(r);
        }
        // ndigits of any size: far past the digits a double has, the value stays or becomes a signed zero
        long n = Ops.IndexLongClamped(nd);
        if (double.IsNaN(v) || double.IsInfinity(v) || v == 0) return new PyFloat(v);
        if (n < -330) return new PyFloat(double.CopySign(0.0, v));
        if (n > 22) return new PyFloat(v);
        // Correctly rounded: go through the exact decimal expansion, as CPython's dtoa-based round does.
        if (n >= 0)
        {
            string s = FloatFormat.Fixed(v, (int)n);
            return new PyFloat(double.Parse(s, CultureInfo.InvariantCulture));
        }
        double p = Math.Pow(10, -n);
        double y = Math.Round(v / p, MidpointRounding.ToEven) * p;
        return new PyFloat(y);
    }

    static void RegisterComplex()
    {
        var t = Types.Complex;
        RegisterArith(t);
        Def.Static(t, "__new__", (a, kw) =>
        {
            // a subclass's instances are of the subclass (class C(complex): C(1j) is a C)
            var cls = (PyType)a[0];
            PyObject Made(PyComplex c) { if (cls != Types.Complex) c.Type = cls; return c; }
            var re = Def.Arg(a, kw, 1, "real");
            var im = Def.Arg(a, kw, 2, "imag");
            if (re is PyStr s) return Made((PyComplex)ParseComplex(s.Value));
            if (re is not null and not PyComplex && re.Type.Lookup("__complex__") is { } conv)
                re = Ops.Call(conv, re) as PyComplex ?? throw Err.Type($"__complex__ returned non-complex (type {Ops.Call(conv, re).Type.Name})");
            if (re is PyStr && im is not null) throw Err.Type("complex() can't take second arg if first is a string");
            if (im is PyStr) throw Err.Type("complex() second arg can't be a string");
            double r = 0, i = 0;
            bool reComplex = re is PyComplex;
            if (re is PyComplex rc) { r = rc.Real; i = rc.Imag; } else if (re is not null) r = ToDouble(re);
            if (im is PyComplex ic) { r -= ic.Imag; i += ic.Real; }
            else if (im is not null) i = reComplex ? i + ToDouble(im) : ToDouble(im);
            return Made(new PyComplex(r, i));
        });
        Def.M0(t, "__repr__", a => new PyStr(ComplexRepr((PyComplex)a)));
        Def.M1(t, "__format__", (a, s) => new PyStr(Ops.Str(s).Length == 0 ? Ops.Str(a) : Formatting.FormatComplex((PyComplex)a, Ops.Str(s))));
        Def.M0(t, "conjugate", a => new PyComplex(((PyComplex)a).Real, -((PyComplex)a).Imag));
        Def.M0(t, "__complex__", a => a.Type == Types.Complex ? a : new PyComplex(((PyComplex)a).Real, ((PyComplex)a).Imag));
        Def.Prop(t, "real", a => new PyFloat(((PyComplex)a).Real));
        Def.Prop(t, "imag", a => new PyFloat(((PyComplex)a).Imag));
    }

    static PyComplex ParseComplex(string text)
    {
        try { return ParseComplexText(text); }
        catch (PyException e) when (Err.Matches(e.Value, ExcTypes.ValueError)) { throw Err.Value("complex() arg is a malformed string"); }
    }

    static PyComplex ParseComplexText(string s)
    {
        s = s.Trim().Trim('(', ')').Replace(" ", "");
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            string body = s[..^1];
            int split = -1;
            for (int k = body.Length - 1; k > 0; k--)
                if ((body[k] == '+' || body[k] == '-') && char.ToLowerInvariant(body[k - 1]) != 'e') { split = k; break; }
            if (split < 0) return new PyComplex(0, body is "" or "+" ? 1 : body == "-" ? -1 : ParseFloat(body));
            string im = body[split..];
            return new PyComplex(ParseFloat(body[..split]), im == "+" ? 1 : im == "-" ? -1 : ParseFloat(im));
        }
        return new PyComplex(ParseFloat(s), 0);
    }
}

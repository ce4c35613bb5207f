"""decimal for pytk, written for pytk: a subset of Decimal (finite numbers, infinities, NaN) with contexts.

Shipped as Python: a Decimal is a sign, an integer coefficient and a decimal exponent, and every operation is
integer arithmetic followed by the General Decimal Arithmetic rounding rules, which Python ints make exact.
Provided: construction from int/str/float/tuple, + - * / // % divmod ** (integer powers), comparisons,
hash, str/repr (the spec's to-scientific-string), quantize, normalize, to_integral_value, sqrt, format
('f', '%', grouping, alignment), getcontext/setcontext/localcontext with prec and rounding.
"""

import math as _math

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'getcontext', 'setcontext', 'localcontext', 'DefaultContext',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'BasicContext', 'ExtendedContext', 'MAX_PREC', 'MAX_EMAX',
           'MIN_EMIN', 'MIN_ETINY', 'DecimalException', 'InvalidOperation', 'DivisionByZero',
           'Inexact', 'Rounded', 'Overflow', 'Underflow', 'Clamped', 'Subnormal', 'FloatOperation']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionUndefined, DivisionByZero,
           Inexact, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'


# the signals in the order a context's flags and traps list them
_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal,
            FloatOperation]
# conditions that are signalled as the signal they specialize
_condition_signal = {ConversionSyntax: InvalidOperation, DivisionUndefined: InvalidOperation}


def _signal(cls, result=None, ctx=None):
    """Signals CLS in the context (the current one by default): its flag is set and, if it is trapped, it is
    raised; otherwise the operation goes on with RESULT (an invalid operation's default is a quiet NaN)."""
    ctx = ctx or getcontext()
    sig = _condition_signal.get(cls, cls)
    ctx.flags[sig] = True
    if ctx.traps.get(sig):
        raise cls([cls])
    if result is None and sig is InvalidOperation:
        return Decimal._make(0, 0, 0, 'n')
    return result


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


class Context:
    """Precision, rounding, exponent limits and the signals' flags and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = DefaultContext if '_default_made' in globals() else None
        self.prec = prec if prec is not None else base.prec if base else 28
        self.rounding = rounding if rounding is not None else base.rounding if base else ROUND_HALF_EVEN
        self.Emin = Emin if Emin is not None else base.Emin if base else -999999
        self.Emax = Emax if Emax is not None else base.Emax if base else 999999
        self.capitals = capitals if capitals is not None else base.capitals if base else 1
        self.clamp = clamp if clamp is not None else base.clamp if base else 0
        self.flags = self._signal_dict(flags, None)
        if traps is None:
            self.traps = dict(base.traps) if base else self._signal_dict([InvalidOperation, DivisionByZero, Overflow], None)
        else:
            self.traps = self._signal_dict(traps, None)

    @staticmethod
    def _signal_dict(given, _unused):
        if given is None:
            return dict.fromkeys(_signals, False)
        if isinstance(given, dict):
            d = dict.fromkeys(_signals, False)
            for k, v in given.items():
                if k not in d:
                    raise KeyError(k)
                d[k] = bool(v)
            return d
        d = dict.fromkeys(_signals, False)
        for k in given:
            d[k] = True
        return d

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('%s must be an integer' % name)
            if value < 1:
                raise ValueError('%s must be in [1, inf]. got: %s' % (name, value))
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('%s must be an integer' % name)
            if value > 0:
                raise ValueError('%s must be in [-inf, 0]. got: %s' % (name, value))
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('%s must be an integer' % name)
            if value < 0:
                raise ValueError('%s must be in [0, inf]. got: %s' % (name, value))
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('%s must be an integer' % name)
            if value not in (0, 1):
                raise ValueError('%s must be in [0, 1]. got: %s' % (name, value))
        elif name == 'rounding':
            if value not in _roundings:
                raise TypeError('%s: invalid rounding mode' % value)
        elif name in ('flags', 'traps'):
            if not isinstance(value, dict):
                raise TypeError('%s must be a signal dict' % name)
            if set(value) != set(_signals):
                raise KeyError('%s must contain every signal' % name)
        elif name not in ('_ignored',):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('%s cannot be deleted' % name)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def __reduce__(self):
        flags = [sig for sig, v in self.flags.items() if v]
        traps = [sig for sig, v in self.traps.items() if v]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                                 flags, traps))

    def _raise_error(self, condition, explanation=None, *args):
        return _signal(condition, None, self)

    def __repr__(self):
        flags = ', '.join(sig.__name__ for sig, v in self.flags.items() if v)
        traps = ', '.join(sig.__name__ for sig, v in self.traps.items() if v)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps))

    def _apply(self, fn, *args):
        """fn(*args) with this context current (the Decimal operations read the current context)."""
        ident = _thread.get_ident()
        saved = _contexts.get(ident)
        _contexts[ident] = self
        try:
            return fn(*args)
        finally:
            if saved is None:
                del _contexts[ident]
            else:
                _contexts[ident] = saved

    @staticmethod
    def _operand(a):
        if isinstance(a, Decimal):
            return a
        if isinstance(a, int):
            return Decimal(a)
        raise TypeError('conversion from %s to Decimal is not supported' % type(a).__name__)

    def _binary(self, name, a, b):
        a, b = self._operand(a), self._operand(b)
        return self._apply(lambda: getattr(a, name)(b))

    def add(self, a, b):
        return self._binary('__add__', a, b)

    def subtract(self, a, b):
        return self._binary('__sub__', a, b)

    def multiply(self, a, b):
        return self._binary('__mul__', a, b)

    def divide(self, a, b):
        return self._binary('__truediv__', a, b)

    def divide_int(self, a, b):
        return self._binary('__floordiv__', a, b)

    def remainder(self, a, b):
        return self._binary('__mod__', a, b)

    def divmod(self, a, b):
        return self._binary('__divmod__', a, b)

    def power(self, a, b, modulo=None):
        return self._binary('__pow__', a, b)

    def compare(self, a, b):
        return self._binary('compare', a, b)

    def max(self, a, b):
        return self._binary('max', a, b)

    def min(self, a, b):
        return self._binary('min', a, b)

    def quantize(self, a, b):
        return self._binary('quantize', a, b)

    def abs(self, a):
        a = self._operand(a)
        return self._apply(a.__abs__)

    def minus(self, a):
        a = self._operand(a)
        return self._apply(a.__neg__)

    def plus(self, a):
        a = self._operand(a)
        return self._apply(a.__pos__)

    def sqrt(self, a):
        a = self._operand(a)
        return self._apply(a.sqrt)

    def normalize(self, a):
        a = self._operand(a)
        return self._apply(a.normalize)

    def to_sci_string(self, a):
        return str(self._operand(a))

    def to_eng_string(self, a):
        return self._operand(a).to_eng_string()

    def is_nan(self, a):
        return self._operand(a).is_nan()

    def is_zero(self, a):
        return self._operand(a).is_zero()

    def is_signed(self, a):
        return self._operand(a).is_signed()

    def is_infinite(self, a):
        return self._operand(a).is_infinite()

    def is_finite(self, a):
        return self._operand(a).is_finite()

    def create_decimal(self, num='0'):
        return Decimal(num)._round(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._round(self)


_roundings = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
              ROUND_05UP)
DefaultContext = Context()
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
import _thread

# each thread's current context, made from DefaultContext the first time the thread asks for it
_contexts = {}
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


def getcontext():
    ident = _thread.get_ident()
    ctx = _contexts.get(ident)
    if ctx is None:
        ctx = _contexts[ident] = DefaultContext.copy()
        ctx.clear_flags()
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _contexts[_thread.get_ident()] = context


class _LocalContext:
    def __init__(self, ctx, changes):
        self.new = (ctx or getcontext()).copy()
        for k, v in changes.items():
            setattr(self.new, k, v)

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


def _round_digits(coeff, drop, sign, rounding):
    """coeff with its last DROP digits removed, rounded by ROUNDING (sign 1 = negative)."""
    if drop <= 0:
        return coeff * 10 ** -drop
    if coeff and drop > len(str(coeff)) + 1:
        # every digit is dropped and what is dropped is far below half a unit: no huge power of ten needed
        if rounding == ROUND_UP or rounding == ROUND_05UP:
            return 1
        if rounding == ROUND_CEILING:
            return 1 if sign == 0 else 0
        if rounding == ROUND_FLOOR:
            return 1 if sign == 1 else 0
        return 0
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2 if div % 2 == 0 else None
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        twice = 2 * r
        if twice > div:
            up = True
        elif twice < div:
            up = False
        elif rounding == ROUND_HALF_UP:
            up = True
        elif rounding == ROUND_HALF_DOWN:
            up = False
        else:
            up = q % 2 == 1
    return q + 1 if up else q


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls.from_float(value)
        if isinstance(value, str):
            return cls._parse(value.strip().replace('_', ''), value)
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join(map(str, digits)) or '0')
            if isinstance(exp, str):
                self._special = {'F': 'F', 'n': 'n', 'N': 'N'}[exp]
                self._exp = 0
            else:
                self._exp = exp
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @classmethod
    def _make(cls, sign, coeff, exp, special=''):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = sign, coeff, exp, special
        return self

    @classmethod
    def _parse(cls, s, original):
        sign = 0
        body = s
        if body[:1] in ('+', '-'):
            sign = 1 if body[0] == '-' else 0
            body = body[1:]
        low = body.lower()
        if low in ('inf', 'infinity'):
            return cls._make(sign, 0, 0, 'F')
        if low in ('nan', 'snan'):
            return cls._make(sign, 0, 0, 'n' if low == 'nan' else 'N')
        mant, exp = body, 0
        for e in 'eE':
            if e in body:
                mant, _, es = body.partition(e)
                if not es or not (es.lstrip('+-').isdigit() and es.lstrip('+-').isascii()) or es.count('-') + es.count('+') > 1:
                    return _signal(ConversionSyntax)
                exp = int(es)
                break
        whole, dot, frac = mant.partition('.')
        digits = whole + frac
        if not digits or not digits.isdigit() or not digits.isascii() or '.' in frac:
            return _signal(ConversionSyntax)
        return cls._make(sign, int(digits), exp - len(frac))

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if f != f:
            return cls._make(0, 0, 0, 'n')
        if f in (float('inf'), float('-inf')):
            return cls._make(1 if f < 0 else 0, 0, 0, 'F')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls._make(sign, n * 5 ** k, -k)

    # ---- helpers ----
    def _is_special(self):
        return self._special != ''

    def _round(self, ctx=None):
        """This number rounded to the context's precision, then checked against its exponent limits."""
        if self._special:
            return self
        ctx = ctx or getcontext()
        return self._round_digits(ctx)._limits(self, ctx)

    def _limits(self, original, ctx):
        """Overflow past Emax (Infinity, or the largest finite number when rounding goes towards zero);
        Underflow when a result below Emin was rounded."""
        if self._special or not self._int:
            return self
        adj = self._exp + len(str(self._int)) - 1
        if adj > ctx.Emax:
            _signal(Inexact, None, ctx)
            _signal(Rounded, None, ctx)
            towards_zero = ctx.rounding in (ROUND_DOWN, ROUND_05UP) or \
                (ctx.rounding == ROUND_CEILING and self._sign) or (ctx.rounding == ROUND_FLOOR and not self._sign)
            result = Decimal._make(self._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1) if towards_zero \
                else Decimal._make(self._sign, 0, 0, 'F')
            return _signal(Overflow, result, ctx)
        if adj < ctx.Emin:
            _signal(Subnormal, None, ctx)
            if self is not original and original._int % 10 ** (self._exp - original._exp):
                _signal(Underflow, None, ctx)
        return self

    def _round_digits(self, ctx):
        n = len(str(self._int))
        if n <= ctx.prec:
            return self
        drop = n - ctx.prec
        c = _round_digits(self._int, drop, self._sign, ctx.rounding)
        e = self._exp + drop
        if len(str(c)) > ctx.prec:
            c //= 10
            e += 1
        result = Decimal._make(self._sign, c, e)
        if self._int % 10 ** drop:
            _signal(Inexact, None, ctx)
        _signal(Rounded, None, ctx)
        return result

    def _value(self):
        return -self._int if self._sign else self._int

    def _check_nan(self, other=None):
        for v in (self, other):
            if v is not None and v._special in ('n', 'N'):
                return Decimal._make(v._sign, 0, 0, 'n')
        return None

    @staticmethod
    def _coerce(other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return None

    # ---- arithmetic ----
    def __add__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        nan = self._check_nan(o)
        if nan is not None:
            return nan
        if self._special == 'F' or o._special == 'F':
            if self._special == 'F' and o._special == 'F' and self._sign != o._sign:
                return _signal(InvalidOperation)
            return self if self._special == 'F' else o
        ctx = context or getcontext()
        a, b = self, o
        if a._int and b._int:
            hi, lo = (a, b) if a._exp >= b._exp else (b, a)
            # far below the result's last digit, the smaller operand only decides the rounding: a sticky unit
            # in its place gives the same result without a huge power of ten
            p = min(hi._exp, hi.adjusted() - ctx.prec - 2) - 1
            if lo.adjusted() < p - 1:
                lo = Decimal._make(lo._sign, 1, p - 1)
                a, b = hi, lo
        e = min(a._exp, b._exp)
        total = (a._value() * 10 ** (a._exp - e) if a._int else 0) + (b._value() * 10 ** (b._exp - e) if b._int else 0)
        if total == 0:
            sign = 1 if (self._sign and o._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != o._sign) else 0
            return Decimal._make(sign, 0, e)
        return Decimal._make(1 if total < 0 else 0, abs(total), e)._round(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.__add__(o.copy_negate(), context)

    def __rsub__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o.__sub__(self, context)

    def __mul__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        nan = self._check_nan(o)
        if nan is not None:
            return nan
        sign = self._sign ^ o._sign
        if self._special == 'F' or o._special == 'F':
            if not (self._int or self._special) or not (o._int or o._special):
                return _signal(InvalidOperation)
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * o._int, self._exp + o._exp)._round(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        nan = self._check_nan(o)
        if nan is not None:
            return nan
        sign = self._sign ^ o._sign
        if self._special == 'F':
            if o._special == 'F':
                return _signal(InvalidOperation)
            return Decimal._make(sign, 0, 0, 'F')
        if o._special == 'F':
            return Decimal._make(sign, 0, 0)
        if o._int == 0:
            if self._int == 0:
                return _signal(DivisionUndefined)
            return _signal(DivisionByZero, Decimal._make(sign, 0, 0, 'F'))
        ctx = context or getcontext()
        ideal = self._exp - o._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        shift = len(str(o._int)) - len(str(self._int)) + ctx.prec + 1
        shift = max(shift, 0)
        q, r = divmod(self._int * 10 ** shift, o._int)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1   # inexact: make sure a dropped 0 or 5 does not look like an exact tie
        else:
            while q % 10 == 0 and exp < ideal:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._round(ctx)

    def __rtruediv__(self, other, context=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o.__truediv__(self, context)

    def _divide_int(self, o):
        """(quotient truncated towards zero, remainder with the dividend's sign), as Decimal's // and %."""
        if o._int == 0:
            if self._int == 0:
                nan = _signal(DivisionUndefined)
                return nan, nan
            return (_signal(DivisionByZero, Decimal._make(self._sign ^ o._sign, 0, 0, 'F')),
                    _signal(InvalidOperation))
        e = min(self._exp, o._exp)
        a = self._int * 10 ** (self._exp - e)
        b = o._int * 10 ** (o._exp - e)
        q, r = divmod(a, b)
        sign = self._sign ^ o._sign
        return Decimal._make(sign, q, 0), Decimal._make(self._sign, r, e)

    def __floordiv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self._divide_int(o)[0]

    def __rfloordiv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o.__floordiv__(self)

    def __mod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self._divide_int(o)[1]._round()

    def __rmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o.__mod__(self)

    def __divmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        q, r = self._divide_int(o)
        return q, r._round()

    def __rdivmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o.__divmod__(self)

    def __pow__(self, other, modulo=None):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if o._exp < 0 and o._int % 10 ** -o._exp:
            return Decimal(repr(float(self) ** float(o)))._round()
        n = o._value() * 10 ** max(o._exp, 0) if o._exp >= 0 else o._value() // 10 ** -o._exp
        if n == 0:
            if self._int == 0 and not self._special:
                return _signal(InvalidOperation)
            return Decimal(1)
        if n < 0:
            return Decimal(1).__truediv__(self.__pow__(Decimal(-n)))
        ctx = getcontext()
        return Decimal._make(self._sign if n % 2 else 0, self._int ** n, self._exp * n)._round(ctx)

    def __rpow__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o.__pow__(self)

    def __neg__(self):
        if not self._special and self._int == 0:
            return Decimal._make(0, 0, self._exp)
        return self.copy_negate()._round()

    def __pos__(self):
        if not self._special and self._int == 0:
            return Decimal._make(0, 0, self._exp)
        return self._round()

    def __abs__(self):
        return self.copy_abs()._round()

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    # ---- comparisons ----
    def _cmp(self, other):
        if isinstance(other, float):
            other = Decimal.from_float(other)
        o = self._coerce(other)
        if o is None:
            return None
        if self._special in ('n', 'N') or o._special in ('n', 'N'):
            return 'nan'
        if self._special == 'F' or o._special == 'F':
            a = (-1 if self._sign else 1) * (2 if self._special == 'F' else 0)
            b = (-1 if o._sign else 1) * (2 if o._special == 'F' else 0)
            if a == b or (a not in (2, -2) and b not in (2, -2)):
                return 0 if a == b else None
            return (a > b) - (a < b)
        sa = 0 if not self._int else -1 if self._sign else 1
        sb = 0 if not o._int else -1 if o._sign else 1
        if sa != sb or sa == 0:
            return (sa > sb) - (sa < sb)
        if self.adjusted() != o.adjusted():
            return sa if self.adjusted() > o.adjusted() else -sa
        e = min(self._exp, o._exp)
        a = self._value() * 10 ** (self._exp - e)
        b = o._value() * 10 ** (o._exp - e)
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            _signal(InvalidOperation)
            return False
        return c < 0

    def __le__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            _signal(InvalidOperation)
            return False
        return c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            _signal(InvalidOperation)
            return False
        return c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        if c == 'nan':
            _signal(InvalidOperation)
            return False
        return c >= 0

    def __hash__(self):
        if self._special:
            if self._special == 'F':
                return -314159 if self._sign else 314159
            return 0
        modulus = (1 << 61) - 1
        if self._exp >= 0:
            h = hash(self._int * pow(10, self._exp, modulus) % modulus)
            result = -h if self._sign else h
            return -2 if result == -1 else result
        dinv = pow(pow(10, -self._exp, modulus), -1, modulus)
        h = hash(hash(self._int) * dinv)
        result = -h if self._sign else h
        return -2 if result == -1 else result

    def __bool__(self):
        return bool(self._int) or bool(self._special)

    # ---- conversions ----
    def __int__(self):
        if self._special:
            raise ValueError('cannot convert NaN to integer') if self._special != 'F' else \
                OverflowError('cannot convert Infinity to integer')
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        if self._special:
            return float('nan')
        return float(str(self))

    def __floor__(self):
        q = self.to_integral_value(ROUND_FLOOR)
        return int(q)

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n))

    def as_tuple(self):
        digits = tuple(int(d) for d in str(self._int)) if not self._special else ()
        exp = {'F': 'F', 'n': 'n', 'N': 'N'}.get(self._special, self._exp)
        return DecimalTuple(self._sign, digits if not self._special else (0,) if self._special == 'F' else (), exp)

    def as_integer_ratio(self):
        if self._exp >= 0:
            return self._value() * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(self._int, d)
        return self._value() // g, d // g

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1 if not self._special else 0

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def quantize(self, exp, rounding=None, context=None):
        exp = self._coerce(exp)
        if self._special or exp._special:
            return _signal(InvalidOperation)
        ctx = context or getcontext()
        target = exp._exp
        if self._int and self.adjusted() - target + 1 > ctx.prec:
            return _signal(InvalidOperation)
        c = _round_digits(self._int, target - self._exp, self._sign, rounding or ctx.rounding)
        if len(str(c)) > ctx.prec:
            return _signal(InvalidOperation)
        return Decimal._make(self._sign, c, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        ctx = context or getcontext()
        return Decimal._make(self._sign, _round_digits(self._int, -self._exp, self._sign, rounding or ctx.rounding), 0)

    to_integral = to_integral_value

    def normalize(self, context=None):
        r = self._round(context)
        if r._special:
            return r
        if r._int == 0:
            return Decimal._make(r._sign, 0, 0)
        c, e = r._int, r._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return Decimal._make(r._sign, c, e)

    def sqrt(self, context=None):
        if self._special or self._sign and self._int:
            if self._special == 'F' and not self._sign:
                return self
            return _signal(InvalidOperation)
        ctx = context or getcontext()
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        prec = ctx.prec + 2
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, prec - len(str(c)) // 2 + 1)
        c *= 10 ** (2 * shift)
        e -= 2 * shift
        r = _math.isqrt(c)
        exact = r * r == c
        exp = e // 2
        if exact:
            ideal = self._exp // 2
            while r % 10 == 0 and exp < ideal:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        return Decimal._make(0, r, exp)._round(Context(ctx.prec, ROUND_HALF_EVEN))

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal; NaN if either is a NaN (a signalling one is an invalid operation)."""
        o = self._coerce(other)
        if o is None:
            raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
        if self._special == 'N' or o._special == 'N':
            return _signal(InvalidOperation)
        nan = self._check_nan(o)
        if nan is not None:
            return nan
        return Decimal(self._cmp(o))

    def max(self, other):
        return self if self >= other else Decimal(other)

    def min(self, other):
        return self if self <= other else Decimal(other)

    # ---- text ----
    def __str__(self):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('NaN' if self._special == 'n' else 'sNaN')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        expo = '' if leftdigits == dotplace else 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + expo

    def __repr__(self):
        return "Decimal('%s')" % self

    def to_eng_string(self):
        return str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        fill, align, i = ' ', '>', 0
        if len(spec) >= 2 and spec[1] in '<>=^':
            fill, align, i = spec[0], spec[1], 2
        elif spec[0] in '<>=^':
            align, i = spec[0], 1
        sign = '-'
        if spec[i:i + 1] in ('+', '-', ' '):
            sign, i = spec[i], i + 1
        if spec[i:i + 1] == '0':
            fill, align, i = '0', '=', i + 1
        j = i
        while j < len(spec) and spec[j].isdigit():
            j += 1
        width = int(spec[i:j]) if j > i else 0
        group = ''
        if spec[j:j + 1] in (',', '_'):
            group, j = spec[j], j + 1
        prec = None
        if spec[j:j + 1] == '.':
            k = j + 1
            while k < len(spec) and spec[k].isdigit():
                k += 1
            prec, j = int(spec[j + 1:k]), k
        kind = spec[j:]
        value = self
        if kind == '%':
            value = Decimal._make(self._sign, self._int, self._exp + 2)
        if kind in ('f', 'F', '%'):
            if prec is not None:
                value = Decimal._make(value._sign, _round_digits(value._int, -prec - value._exp, value._sign,
                                                                 getcontext().rounding), -prec)
            body = _plain(value)
        elif kind in ('', 'g', 'G') and prec is None:
            body = str(abs(value)) if not value._special else str(value).lstrip('-')
        elif kind in ('e', 'E', 'g', 'G', ''):
            return format(float(self), spec)
        else:
            raise ValueError(f'invalid format string')
        if group:
            ip, dot, fp = body.partition('.')
            ip = format(int(ip), group) if ip.isdigit() else ip
            body = ip + dot + fp
        if kind == '%':
            body += '%'
        neg = self._sign == 1 and not (kind in ('f', 'F', '%') and value._int == 0 and False)
        prefix = '-' if neg else '+' if sign == '+' else ' ' if sign == ' ' else ''
        if align == '=':
            return prefix + body.rjust(max(0, width - len(prefix)), fill)
        text = prefix + body
        pad = max(0, width - len(text))
        if align == '<':
            return text + fill * pad
        if align == '^':
            return fill * (pad // 2) + text + fill * (pad - pad // 2)
        return fill * pad + text


def _plain(d):
    """Digits of |d| without exponent notation."""
    if d._special:
        return str(d).lstrip('-')
    digits = str(d._int)
    if d._exp >= 0:
        return digits + '0' * d._exp
    k = -d._exp
    digits = digits.rjust(k + 1, '0')
    return digits[:-k] + '.' + digits[-k:]


import numbers as _numbers  # noqa: E402  (CPython registers Decimal as a numbers.Number)
_numbers.Number.register(Decimal)

"""Decimal fixed- and floating-point arithmetic, written for pytk after the General Decimal Arithmetic
Specification (speleotrove.com/decimal) and the documentation of Python's decimal module.

A finite Decimal is a sign, a coefficient held as a string of ASCII digits, and an integer exponent;
infinities and NaNs keep their kind in the exponent slot ('F' infinity, 'n' quiet NaN, 'N' signalling NaN)
and a NaN's diagnostic payload in the coefficient. Every operation computes an exact (or, for the
transcendental functions, a provably close) result with Python integers and then rounds it once to the
context: precision, rounding mode, exponent limits and clamping, raising or flagging the signals.

exp, ln, log10 and non-integer powers are correctly rounded: they are evaluated in fixed point with guard
digits and re-evaluated with more digits until the error bound cannot straddle a rounding boundary.

>>> from decimal import *
>>> getcontext().prec = 28
>>> Decimal(1) / Decimal(7)
Decimal('0.1428571428571428571428571429')
>>> Decimal('1.30') + Decimal('1.20')
Decimal('2.50')
>>> Decimal(2).sqrt()
Decimal('1.414213562373095048801688724')
>>> Decimal('0.1') + Decimal('0.2') == Decimal('0.3')
True
"""

__name__ = 'decimal'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
    'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
    'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
if _sys.maxsize == 2 ** 63 - 1:
    MAX_PREC = 999999999999999999
    MAX_EMAX = 999999999999999999
    MIN_EMIN = -999999999999999999
else:
    MAX_PREC = 425000000
    MAX_EMAX = 425000000
    MIN_EMIN = -425000000
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


# ---------------------------------------------------------------------------------------------------------
# Signals and the conditions that raise them

class DecimalException(ArithmeticError):
    """Base of the decimal signals. handle() gives the result an operation returns when the signal is not
    trapped."""

    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    """The exponent of a result was altered to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result (e.g. 0/0, Infinity - Infinity, sqrt(-1))."""

    def handle(self, context, *args):
        if args:
            nan = _triple(args[0]._sign, args[0]._int, 'n')
            return nan._fix_nan(context)
        return _NaN


class ConversionSyntax(InvalidOperation):
    """A string does not have the syntax of a number."""

    def handle(self, context, *args):
        return _NaN


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A non-zero finite number was divided by zero."""

    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]


class DivisionImpossible(InvalidOperation):
    """The integer quotient of a division does not fit in the precision."""

    def handle(self, context, *args):
        return _NaN


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""

    def handle(self, context, *args):
        return _NaN


class Inexact(DecimalException):
    """Non-zero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context is not valid for the operation."""

    def handle(self, context, *args):
        return _NaN


class Rounded(DecimalException):
    """Digits (maybe zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result is below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The adjusted exponent of a rounded result exceeds Emax."""

    def handle(self, context, sign, *args):
        r = context.rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if r == ROUND_CEILING:
                return _SignedInfinity[sign]
        elif r == ROUND_FLOOR:
            return _SignedInfinity[sign]
        return _triple(sign, '9' * context.prec, context.Emax - context.prec + 1)


class Underflow(Inexact, Rounded, Subnormal):
    """A result is subnormal and inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals in a constructor or a comparison."""


# the signals in the order a context lists its flags and traps
_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal,
            FloatOperation]

# the conditions that are signalled as the signal they specialize
_condition_map = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

_rounding_modes = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                   ROUND_HALF_DOWN, ROUND_05UP)


# ---------------------------------------------------------------------------------------------------------
# The current context, one per thread

import _thread

_thread_contexts = {}


def getcontext():
    """The current thread's context, made from DefaultContext the first time the thread asks."""
    try:
        return _thread_contexts[_thread.get_ident()]
    except KeyError:
        ctx = Context()
        _thread_contexts[_thread.get_ident()] = ctx
        return ctx


def setcontext(context):
    """Makes CONTEXT the current thread's context (a copy, when it is one of the module's templates)."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _thread_contexts[_thread.get_ident()] = context


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of CTX (the current context by default), with KWARGS set on it,
    current for the block, and restores the previous one at its end.

    >>> with localcontext() as ctx:
    ...     ctx.prec = 5
    ...     print(Decimal(1) / Decimal(3))
    0.33333
    """
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("this function got an unexpected keyword argument '%s'" % key)
        setattr(manager.new_context, key, value)
    return manager


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


# ---------------------------------------------------------------------------------------------------------
# Helpers

def _triple(sign, coefficient, exponent, special=None):
    """A Decimal from its parts (no validation)."""
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coefficient
    d._exp = exponent
    d._is_special = special if special is not None else exponent.__class__ is str
    return d


def _digits_len(n):
    return len(str(n))


def _round_up(mode, sign, digits, keep):
    """Whether DIGITS (a coefficient string) cut to its first KEEP digits (0 <= KEEP < len) is incremented
    by rounding MODE; returns (increment, inexact)."""
    rest = digits[keep:]
    inexact = rest.strip('0') != ''
    if not inexact:
        return False, False
    if mode == ROUND_HALF_EVEN or mode == ROUND_HALF_UP or mode == ROUND_HALF_DOWN:
        first = rest[0]
        if first > '5':
            return True, True
        if first < '5':
            return False, True
        if rest[1:].strip('0'):
            return True, True
        if mode == ROUND_HALF_UP:
            return True, True
        if mode == ROUND_HALF_DOWN:
            return False, True
        return (keep > 0 and digits[keep - 1] in '13579'), True
    if mode == ROUND_DOWN:
        return False, True
    if mode == ROUND_UP:
        return True, True
    if mode == ROUND_CEILING:
        return sign == 0, True
    if mode == ROUND_FLOOR:
        return sign == 1, True
    # ROUND_05UP: away from zero only when the last kept digit is 0 or 5
    return (keep == 0 or digits[keep - 1] in '05'), True


def _strip_int(n):
    """(n without its trailing zeros, how many were removed); n > 0."""
    z = 0
    while n % 10 == 0:
        if n % 10 ** 8 == 0:
            n //= 10 ** 8
            z += 8
        else:
            n //= 10
            z += 1
    return n, z


def _iroot(n, k):
    """floor(n ** (1/k)) for n >= 0."""
    if n < 2:
        return n
    if k == 1:
        return n
    if k == 2:
        return _math.isqrt(n)
    x = 1 << -(-n.bit_length() // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


# fixed-point logarithms and exponentials: a value v is held as the integer round(v * 10**w)

_ln10_cache = [0, 0]   # [digits, ln(10) * 10**digits]


def _ln_fixed(m, w):
    """ln(m / 10**w) * 10**w within a few units, for 1 <= m / 10**w <= 10."""
    g = 12
    w2 = w + g
    one = 10 ** w2
    x = m * 10 ** g
    k = 0
    limit = one + one // 128
    while x > limit:
        x = _math.isqrt(x * one)
        k += 1
    # ln(x) = 2 atanh((x - 1)/(x + 1))
    z = (x - one) * one // (x + one)
    z2 = z * z // one
    total = z
    term = z
    i = 3
    while term:
        term = term * z2 // one
        total += term // i
        i += 2
    return (total << (k + 1)) // 10 ** g


def _ln10(w):
    """ln(10) * 10**w within one unit."""
    if _ln10_cache[0] < w + 2:
        digits = max(w + 10, 2 * _ln10_cache[0])
        # ln 10 = 3 ln 2 + ln 1.25, both from the atanh series of arguments 1/3 and 1/9
        g = 10
        one = 10 ** (digits + g)

        def atanh_inv(n):
            # atanh(1/n) * one
            term = one // n
            total = term
            n2 = n * n
            i = 3
            while term:
                term //= n2
                total += term // i
                i += 2
            return total
        ln2 = 2 * atanh_inv(3)
        ln125 = 2 * atanh_inv(9)
        _ln10_cache[0] = digits
        _ln10_cache[1] = (3 * ln2 + ln125) // 10 ** g
    return _ln10_cache[1] // 10 ** (_ln10_cache[0] - w)


def _exp_fixed(r, w):
    """exp(r / 10**w) * 10**w within a few units, for |r / 10**w| <= 3."""
    g = 12
    w2 = w + g
    one = 10 ** w2
    y = r * 10 ** g
    k = 10
    y >>= k   # y / 2**k (floor)
    total = one + y
    term = y
    i = 2
    while term:
        term = term * y // (i * one)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total // 10 ** g


def _log_parts(c, e, w):
    """ln(c * 10**e) * 10**w, within a few units, for c > 0."""
    n = len(str(c))
    a = e + n - 1
    if w - (n - 1) >= 0:
        m = c * 10 ** (w - (n - 1))
    else:
        m = c // 10 ** (n - 1 - w)
    result = _ln_fixed(m, w)
    if a:
        ka = len(str(abs(a))) + 2
        result += a * _ln10(w + ka) // 10 ** ka
    return result


def _exp_parts(t, w, q):
    """exp(t / 10**w) as (C, E): C * 10**E within a few units in the last of C's ~q+2 digits.
    Needs w >= q + 4."""
    intdigits = max(len(str(abs(t))) - w, 0) + 2
    big = w + intdigits
    L = _ln10(big)
    tt = t * 10 ** intdigits
    n = tt // L
    r = tt - n * L       # in [0, L)
    wq = q + 4
    if big >= wq:
        r = r // 10 ** (big - wq)
    else:
        r = r * 10 ** (wq - big)
    return _exp_fixed(r, wq), n - wq


def _safe_round(c, err, keep):
    """Whether the integer C (|C| with error at most ERR) rounds to KEEP digits the same way wherever the
    true value lies within the error."""
    c = abs(c)
    n = len(str(c))
    drop = n - keep
    if drop <= 1:
        return False
    m = 10 ** drop
    return (2 * (c - err)) // m == (2 * (c + err)) // m and (c - err) // m == (c + err) // m


# ---------------------------------------------------------------------------------------------------------
# Decimal

class Decimal(object):
    """Floating-point decimal number: a sign, a coefficient and an exponent."""

    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        """A Decimal from a string, an int, a float (exactly), a (sign, digits, exponent) tuple or another
        Decimal. CONTEXT only decides what an invalid string does.

        >>> Decimal('3.14')
        Decimal('3.14')
        >>> Decimal((0, (3, 1, 4), -2))
        Decimal('3.14')
        >>> Decimal(314)
        Decimal('314')
        >>> Decimal(Decimal(314))
        Decimal('314')
        >>> Decimal('  3.14  \\n')
        Decimal('3.14')
        >>> Decimal('-Infinity')
        Decimal('-Infinity')
        """
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value.strip().replace('_', '') if '_' in value else value.strip(), value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                return context._raise_error(ConversionSyntax, 'Invalid literal for Decimal: %r' % value)
            self._sign, self._int, self._exp = parsed
            self._is_special = self._exp.__class__ is str
            return self
        if isinstance(value, int):
            if value.__class__ is not int:
                value = int(value)
            if value >= 0:
                self._sign = 0
            else:
                self._sign = 1
                value = -value
            self._int = str(value)
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._is_special = value._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if not (isinstance(sign, int) and sign in (0, 1)):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp == 'F':
                self._int = '0'
                self._exp = 'F'
                self._is_special = True
                return self
            coeff = []
            for d in digits:
                if isinstance(d, int) and 0 <= d <= 9:
                    if coeff or d != 0:
                        coeff.append(d)
                else:
                    raise ValueError('coefficient must be a tuple of digits')
            if exp in ('n', 'N'):
                self._int = ''.join(map(str, coeff))
                self._exp = exp
                self._is_special = True
                return self
            if isinstance(exp, int):
                self._int = ''.join(map(str, coeff or [0]))
                self._exp = exp
                self._is_special = False
                return self
            raise ValueError('exponent must be an integer')
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_error(FloatOperation, 'strict semantics for mixing floats and Decimals are enabled')
            value = Decimal.from_float(value)
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._is_special = value._is_special
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) F.

        >>> Decimal.from_float(0.1)
        Decimal('0.1000000000000000055511151231257827021181583404541015625')
        >>> Decimal.from_float(float('-inf'))
        Decimal('-Infinity')
        """
        if isinstance(f, int):
            sign = 0 if f >= 0 else 1
            result = _triple(sign, str(abs(f)), 0)
        elif isinstance(f, float):
            if f != f:
                result = _triple(0, '', 'n')
            elif f in (_INF, -_INF):
                result = _triple(1 if f < 0 else 0, '0', 'F')
            else:
                sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
                n, d = abs(f).as_integer_ratio()
                k = d.bit_length() - 1
                result = _triple(sign, str(n * 5 ** k), -k)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return result
        return cls(result)

    # ---- predicates and parts ----

    def _isnan(self):
        """0 for a number, 1 for a quiet NaN, 2 for a signalling one."""
        if self._is_special:
            e = self._exp
            if e == 'n':
                return 1
            if e == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0' * len(rest)

    def _iseven(self):
        if not self or self._exp > 0:
            return True
        return self._int[-1 + self._exp] in '02468'

    def adjusted(self):
        """The exponent of the most significant digit (0 for infinities and NaNs)."""
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def canonical(self):
        return self

    def conjugate(self):
        return self

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def number_class(self, context=None):
        """One of -Infinity, -Normal, -Subnormal, -Zero, +Zero, +Subnormal, +Normal, +Infinity, NaN, sNaN."""
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if not self:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def __bool__(self):
        return self._is_special or self._int != '0'

    def as_tuple(self):
        """(sign, digit tuple, exponent)."""
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator), the value as a fraction in lowest terms with a positive denominator.

        >>> Decimal('-3.14').as_integer_ratio()
        (-157, 50)
        """
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            # remove the common factors 2 and 5 of n and 10**-exp
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift = min((n & -n).bit_length() - 1, d2)
            n >>= shift
            d2 -= shift
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    # ---- conversions ----

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        """The to-scientific-string (or, with ENG, to-engineering-string) of the specification."""
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN' + self._int
            return sign + 'sNaN' + self._int
        digits = self._int
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif digits == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            expo = ''
        else:
            if context is None:
                context = getcontext()
            expo = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + expo

    def to_eng_string(self, context=None):
        """Like str(), with the exponent a multiple of three.

        >>> Decimal('123E+1').to_eng_string()
        '1.23E+3'
        """
        return self.__str__(eng=True, context=context)

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -_NAN_F if self._sign else _NAN_F
            return -_INF if self._sign else _INF
        return float(str(self))

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        sign = -1 if self._sign else 1
        if self._exp >= 0:
            return sign * int(self._int) * 10 ** self._exp
        return sign * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        """round(d) is the nearest int (ties to even); round(d, n) quantizes to n places in the context.

        >>> round(Decimal('123.456'), 1)
        Decimal('123.5')
        >>> round(Decimal('2.5'))
        2
        """
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_triple(0, '1', -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = int(self._int) * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # ---- rounding to a context ----

    def _fix_nan(self, context):
        """A NaN whose payload fits the context (at most prec - clamp digits)."""
        payload = self._int
        room = context.prec - context.clamp
        if len(payload) > room:
            payload = payload[len(payload) - room:].lstrip('0')
            return _triple(self._sign, payload, self._exp)
        return Decimal(self)

    def _fix(self, context):
        """This number rounded to CONTEXT: precision, rounding mode, exponent limits, clamping."""
        if self._is_special:
            if self._exp in ('n', 'N'):
                return self._fix_nan(context)
            return Decimal(self)
        prec = context.prec
        Emin = context.Emin
        Etiny = Emin - prec + 1
        Etop = context.Emax - prec + 1
        exp = self._exp
        digits = self._int
        if digits == '0':
            top = Etop if context.clamp else context.Emax
            new_exp = exp
            if new_exp < Etiny:
                new_exp = Etiny
            elif new_exp > top:
                new_exp = top
            if new_exp != exp:
                context._raise_error(Clamped)
                return _triple(self._sign, '0', new_exp)
            if self.__class__ is not Decimal:
                return Decimal(self)
            return self
        n = len(digits)
        lowest = n + exp - prec   # the exponent once rounded to prec digits
        if lowest > Etop:
            return context._raise_signals((Overflow, Inexact, Rounded), 'above Emax', self._sign)
        subnormal = lowest < Etiny
        if subnormal:
            lowest = Etiny
        if exp < lowest:
            keep = n + exp - lowest
            if keep < 0:
                # every digit lies below the last kept place, beyond its first: a sticky nonzero digit
                digits = '01'
                keep = 1
                up, inexact = _round_up(context.rounding, self._sign, digits, keep)
            else:
                up, inexact = _round_up(context.rounding, self._sign, digits, keep)
            coeff = digits[:keep] or '0'
            if up:
                coeff = str(int(coeff) + 1)
                if len(coeff) > prec:
                    coeff = coeff[:-1]
                    lowest += 1
            if lowest > Etop:
                return context._raise_signals((Overflow, Inexact, Rounded), 'above Emax', self._sign)
            result = _triple(self._sign, coeff, lowest)
            conditions = []
            if subnormal:
                if inexact:
                    conditions.append(Underflow)
                conditions.append(Subnormal)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
            if subnormal and coeff == '0':
                conditions.append(Clamped)
            context._raise_signals(conditions)
            return result
        if subnormal:
            context._raise_error(Subnormal)
        if context.clamp and exp > Etop:
            context._raise_error(Clamped)
            return _triple(self._sign, digits + '0' * (exp - Etop), Etop)
        if self.__class__ is not Decimal:
            return Decimal(self)
        return self

    def _round(self, places, rounding):
        """This nonzero finite number rounded to PLACES significant digits (no context checks)."""
        if places <= 0:
            raise ValueError('argument should be at least 1 in _round')
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def _rescale(self, exp, rounding):
        """This number with exponent EXP, rounded by ROUNDING (no context checks)."""
        if self._is_special:
            return Decimal(self)
        if self._int == '0':
            return _triple(self._sign, '0', exp)
        if self._exp >= exp:
            return _triple(self._sign, self._int + '0' * (self._exp - exp), exp)
        keep = len(self._int) + self._exp - exp
        digits = self._int
        if keep < 0:
            digits = '01'
            keep = 1
            up, _ = _round_up(rounding, self._sign, digits, keep)
            return _triple(self._sign, '1' if up else '0', exp)
        up, _ = _round_up(rounding, self._sign, digits, keep)
        coeff = digits[:keep] or '0'
        if up:
            coeff = str(int(coeff) + 1)
        return _triple(self._sign, coeff, exp)

    # ---- NaN handling shared by the operations ----

    def _check_nans(self, other=None, context=None):
        """The result for NaN operands (a signalling one is an invalid operation), or None."""
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if a or b:
            if context is None:
                context = getcontext()
            if a == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if b == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if a:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return None

    def _compare_check_nans(self, other, context):
        """For the ordering comparisons: any NaN is an invalid operation (returns True when one is)."""
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan():
                context._raise_error(InvalidOperation, 'comparison involving sNaN', self)
                return True
            if other.is_snan():
                context._raise_error(InvalidOperation, 'comparison involving sNaN', other)
                return True
            if self.is_qnan():
                context._raise_error(InvalidOperation, 'comparison involving NaN', self)
                return True
            if other.is_qnan():
                context._raise_error(InvalidOperation, 'comparison involving NaN', other)
                return True
        return False

    # ---- comparison ----

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals by value."""
        if self._is_special or other._is_special:
            a = self._isinfinity()
            b = other._isinfinity()
            if a == b:
                return 0
            if a < b:
                return -1
            return 1
        if self._int == '0':
            if other._int == '0':
                return 0
            return -((-1) ** other._sign)
        if other._int == '0':
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        a_adj = self.adjusted()
        b_adj = other.adjusted()
        if a_adj == b_adj:
            a = self._int
            b = other._int
            if len(a) < len(b):
                a = a + '0' * (len(b) - len(a))
            elif len(b) < len(a):
                b = b + '0' * (len(a) - len(b))
            if a == b:
                return 0
            r = -1 if a < b else 1
        else:
            r = -1 if a_adj < b_adj else 1
        return -r if self._sign else r

    def __eq__(self, other, context=None):
        self, other = _convert_for_comparison(self, other, equality_op=True)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            if self.is_snan() or other.is_snan():
                if context is None:
                    context = getcontext()
                context._raise_error(InvalidOperation, 'comparison involving sNaN')
            return False
        return self._cmp(other) == 0

    def __lt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if self._compare_check_nans(other, context):
            return False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal, or a NaN when either operand is one.

        >>> Decimal('2.1').compare(Decimal('3'))
        Decimal('-1')
        >>> Decimal('2.10').compare(Decimal('2.1'))
        Decimal('0')
        """
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        """Like compare(), but every NaN is an invalid operation."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        a = self._isnan()
        b = other._isnan()
        if a == 2:
            return context._raise_error(InvalidOperation, 'sNaN', self)
        if b == 2:
            return context._raise_error(InvalidOperation, 'sNaN', other)
        if a:
            return context._raise_error(InvalidOperation, 'NaN in compare_signal', self)
        if b:
            return context._raise_error(InvalidOperation, 'NaN in compare_signal', other)
        return self.compare(other, context=context)

    def compare_total(self, other, context=None):
        """Compares by the total order of the specification (signs, NaN kinds and payloads, exponents).

        >>> Decimal('12.30').compare_total(Decimal('12.3'))
        Decimal('-1')
        """
        other = _convert_other(other, raiseit=True)
        if self._sign and not other._sign:
            return _NegativeOne
        if not self._sign and other._sign:
            return _One
        sign = self._sign
        a = self._total_rank()
        b = other._total_rank()
        if a != b:
            r = -1 if a < b else 1
            return Decimal(-r if sign else r)
        if self.is_nan():
            pa = int(self._int or '0')
            pb = int(other._int or '0')
            if pa == pb:
                return _Zero
            r = -1 if pa < pb else 1
            return Decimal(-r if sign else r)
        c = self._cmp(other)
        if c:
            return Decimal(c)
        if self._exp == other._exp:
            return _Zero
        r = -1 if self._exp < other._exp else 1
        return Decimal(-r if sign else r)

    def _total_rank(self):
        e = self._exp
        if e == 'n':
            return 3
        if e == 'N':
            return 2
        return 0

    def compare_total_mag(self, other, context=None):
        """compare_total() of the absolute values."""
        other = _convert_other(other, raiseit=True)
        return self.copy_abs().compare_total(other.copy_abs())

    def max(self, other, context=None):
        """The larger operand (a quiet NaN loses to a number); equal values by total order."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            a = self._isnan()
            b = other._isnan()
            if a or b:
                if b == 1 and a == 0:
                    return self._fix(context)
                if a == 1 and b == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int_value()
        ans = other if c < 0 else self
        return ans._fix(context)

    def min(self, other, context=None):
        """The smaller operand (a quiet NaN loses to a number); equal values by total order."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            a = self._isnan()
            b = other._isnan()
            if a or b:
                if b == 1 and a == 0:
                    return self._fix(context)
                if a == 1 and b == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int_value()
        ans = self if c < 0 else other
        return ans._fix(context)

    def max_mag(self, other, context=None):
        """The operand with the larger absolute value."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            a = self._isnan()
            b = other._isnan()
            if a or b:
                if b == 1 and a == 0:
                    return self._fix(context)
                if a == 1 and b == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.max(other, context)
        ans = other if c < 0 else self
        return ans._fix(context)

    def min_mag(self, other, context=None):
        """The operand with the smaller absolute value."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            a = self._isnan()
            b = other._isnan()
            if a or b:
                if b == 1 and a == 0:
                    return self._fix(context)
                if a == 1 and b == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.min(other, context)
        ans = self if c < 0 else other
        return ans._fix(context)

    def _int_value(self):
        v = int(self._int)
        return -v if self._sign else v

    def same_quantum(self, other, context=None):
        """Whether both have the same exponent (or are both infinite, or both NaN)."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # ---- sign operations ----

    def copy_abs(self):
        return _triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _triple(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        """This number with the sign of OTHER.

        >>> Decimal('1.50').copy_sign(Decimal('-7.33'))
        Decimal('-1.50')
        """
        other = _convert_other(other, raiseit=True)
        return _triple(other._sign, self._int, self._exp, self._is_special)

    def __neg__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    # ---- addition, multiplication, division ----

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != other._sign:
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            if other._exp == 'F':
                return Decimal(other)
        exp = self._exp if self._exp < other._exp else other._exp
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if self._int == '0' and other._int == '0':
            sign = self._sign if self._sign == other._sign else negativezero
            return _triple(sign, '0', exp)._fix(context)
        if self._int == '0':
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if other._int == '0':
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        a, b = self, other
        if a._exp < b._exp:
            a, b = b, a
        # a has the larger exponent; when b lies wholly below the precision a's digits leave, b only matters
        # as a sticky digit for rounding
        limit = min(a._exp, a._exp + len(a._int) - 2 - context.prec)
        b_top = b._exp + len(b._int)
        if b_top < limit:
            b = _triple(b._sign, '1', limit - 1)
        x = int(a._int) * 10 ** (a._exp - b._exp)
        y = int(b._int)
        if a._sign:
            x = -x
        if b._sign:
            y = -y
        total = x + y
        if total == 0:
            return _triple(negativezero, '0', exp)._fix(context)
        if total < 0:
            return _triple(1, str(-total), b._exp)._fix(context)
        return _triple(0, str(total), b._exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._exp == 'F':
                if not other:
                    return context._raise_error(InvalidOperation, '(+-)INF * 0')
                return _SignedInfinity[sign]
            if other._exp == 'F':
                if not self:
                    return context._raise_error(InvalidOperation, '0 * (+-)INF')
                return _SignedInfinity[sign]
        exp = self._exp + other._exp
        if self._int == '0' or other._int == '0':
            return _triple(sign, '0', exp)._fix(context)
        if self._int == '1':
            return _triple(sign, other._int, exp)._fix(context)
        if other._int == '1':
            return _triple(sign, self._int, exp)._fix(context)
        return _triple(sign, str(int(self._int) * int(other._int)), exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._exp == 'F' and other._exp == 'F':
                return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
            if self._exp == 'F':
                return _SignedInfinity[sign]
            if other._exp == 'F':
                context._raise_error(Clamped, 'Division by infinity')
                return _triple(sign, '0', context.Etiny())
        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, '0 / 0')
            return context._raise_error(DivisionByZero, 'x / 0', sign)
        ideal = self._exp - other._exp
        if not self:
            return _triple(sign, '0', ideal)._fix(context)
        prec = context.prec
        # scale the dividend so the integer quotient has at least prec + 1 digits
        shift = len(other._int) - len(self._int) + prec + 1
        exp = self._exp - other._exp - shift
        a = int(self._int)
        b = int(other._int)
        if shift >= 0:
            q, r = divmod(a * 10 ** shift, b)
        else:
            q, r = divmod(a, b * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1   # a sticky unit: the discarded remainder is not zero
        else:
            # exact: remove trailing zeros down to the ideal exponent
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _triple(sign, str(q), exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(integer quotient, remainder) of two finite numbers, other nonzero; the quotient must fit in
        the precision."""
        sign = self._sign ^ other._sign
        if other._exp == 'F':
            ideal = self._exp
        else:
            ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._exp == 'F' or expdiff <= -2:
            return (_triple(sign, '0', 0), self._rescale(ideal, context.rounding))
        if expdiff <= context.prec:
            a = int(self._int)
            b = int(other._int)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (_triple(sign, str(q), 0), _triple(self._sign, str(r), ideal))
        ans = context._raise_error(DivisionImpossible, 'quotient too large in //, % or divmod')
        return ans, ans

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                ans = context._raise_error(InvalidOperation, 'divmod(INF, INF)')
                return ans, ans
            return (_SignedInfinity[sign], context._raise_error(InvalidOperation, 'INF % x'))
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return ans, ans
            return (context._raise_error(DivisionByZero, 'x // 0', sign),
                    context._raise_error(InvalidOperation, 'x % 0'))
        q, r = self._divide(other, context)
        return q._fix(context), r._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._exp == 'F':
            return context._raise_error(InvalidOperation, 'INF % x')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'x % 0')
            return context._raise_error(DivisionUndefined, '0 % 0')
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._exp == 'F':
            if other._exp == 'F':
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _SignedInfinity[self._sign ^ other._sign]
        if not other:
            if self:
                return context._raise_error(DivisionByZero, 'x // 0', self._sign ^ other._sign)
            return context._raise_error(DivisionUndefined, '0 // 0')
        return self._divide(other, context)[0]._fix(context)

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other (ties to even).

        >>> Decimal(10).remainder_near(Decimal(6))
        Decimal('-2')
        """
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._exp == 'F':
            return context._raise_error(InvalidOperation, 'remainder_near(infinity, x)')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'remainder_near(x, 0)')
            return context._raise_error(DivisionUndefined, 'remainder_near(0, 0)')
        if other._exp == 'F':
            return self._fix(context)
        ideal = min(self._exp, other._exp)
        if not self:
            return _triple(self._sign, '0', ideal)._fix(context)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            return context._raise_error(DivisionImpossible)
        if expdiff <= -2:
            return self._rescale(ideal, context.rounding)._fix(context)
        a = int(self._int)
        b = int(other._int)
        if self._exp >= other._exp:
            a *= 10 ** (self._exp - other._exp)
        else:
            b *= 10 ** (other._exp - self._exp)
        q, r = divmod(a, b)
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q >= 10 ** context.prec:
            return context._raise_error(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _triple(sign, str(r), ideal)._fix(context)

    # ---- fused multiply-add ----

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding.

        >>> Decimal(2).fma(3, 5)
        Decimal('11')
        """
        other = _convert_other(other, raiseit=True)
        third = _convert_other(third, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan():
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other.is_snan():
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self.is_nan():
                product = self
            elif other.is_nan():
                product = other
            elif self._exp == 'F':
                if not other:
                    return context._raise_error(InvalidOperation, 'INF * 0 in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
            elif other._exp == 'F':
                if not self:
                    return context._raise_error(InvalidOperation, '0 * INF in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
        else:
            product = _triple(self._sign ^ other._sign, str(int(self._int) * int(other._int)),
                              self._exp + other._exp)
        return product.__add__(third, context)

    # ---- powers ----

    def __pow__(self, other, modulo=None, context=None):
        """self ** other, correctly rounded; with MODULO, the exact integer (self ** other) % modulo."""
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if not other:
            if not self:
                return context._raise_error(InvalidOperation, '0 ** 0')
            return _One
        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._iseven():
                    result_sign = 1
            elif self:
                return context._raise_error(InvalidOperation, 'x ** y with x negative and y not an integer')
            base = self.copy_negate()
        else:
            base = self
        if not self:
            if other._sign == 0:
                return _triple(result_sign, '0', 0)
            return _SignedInfinity[result_sign]
        if self._exp == 'F':
            if other._sign == 0:
                return _SignedInfinity[result_sign]
            return _triple(result_sign, '0', 0)
        if other._exp == 'F':
            # |self| compared with 1 decides
            c = base._cmp(_One)
            if c == 0:
                prec = context.prec
                context._raise_signals((Inexact, Rounded))
                return _triple(result_sign, '1' + '0' * (prec - 1), 1 - prec)
            if (c > 0) == (other._sign == 0):
                return _SignedInfinity[result_sign]
            return _triple(result_sign, '0', 0)
        prec = context.prec
        # 1 ** y: exactly one, with an exponent that depends on the operands
        if base._int.rstrip('0') == '1' and base.adjusted() == 0:
            if other._isinteger():
                if other._sign:
                    mult = 0
                elif other.adjusted() >= len(str(prec)):
                    mult = prec
                else:
                    mult = min(int(other), prec)
                exp = base._exp * mult
                if exp < 1 - prec:
                    exp = 1 - prec
                    context._raise_error(Rounded)
            else:
                context._raise_signals((Inexact, Rounded))
                exp = 1 - prec
            return _triple(result_sign, '1' + '0' * -exp, exp)
        integer_y = other._isinteger()
        ans = None
        if integer_y:
            ans = base._power_int_exact(other, prec)
        else:
            ans = base._power_exact(other, prec)
            if ans is not None:
                # an exact result of a non-integer power still counts as rounded and inexact: it is padded
                # to the precision
                if len(ans._int) < prec and ans._int != '0':
                    pad = prec - len(ans._int)
                    ans = _triple(0, ans._int + '0' * pad, ans._exp - pad)
                ans = _triple(result_sign, ans._int, ans._exp)
                fixed = ans._fix(context)
                context._raise_signals((Inexact, Rounded))
                if fixed.is_subnormal(context):
                    context._raise_signals((Underflow, Subnormal))
                return fixed
        if ans is not None:
            return _triple(result_sign, ans._int, ans._exp)._fix(context)
        return base._power_approx(other, result_sign, context)

    def _power_int_exact(self, other, prec):
        """self ** other for a positive finite self and an integral other, when the exact value is small
        enough to compute (or certainly a power of ten); None when it certainly has more than prec + 1
        digits or an infinite expansion."""
        c = int(self._int)
        e = self._exp
        c, z = _strip_int(c)
        e += z
        if other.adjusted() > 30:
            return None
        n = int(other)
        if c == 1:
            # a power of ten; keep the operand's exponent for the ideal exponent
            return self._power_ten_int(n, prec)
        if n > 0:
            if (n - 1) * (len(str(c)) - 1) > prec + 2 or n * 0.30103 > prec + 3:
                return None
            return _triple(0, str(int(self._int) ** n), self._exp * n)
        # negative power: exact only when c has no prime factors but 2 and 5
        m = -n
        if m * 0.30103 > 4 * prec + 10:
            return None
        t = c
        twos = (t & -t).bit_length() - 1
        t >>= twos
        fives = 0
        while t % 5 == 0:
            t //= 5
            fives += 1
        if t != 1:
            return None
        # 1 / (2**twos 5**fives)**m = 5**(twos m) 2**(fives m) / 10**((twos + fives) m)
        k = (twos + fives) * m
        coeff = 5 ** (twos * m) * 2 ** (fives * m)
        if len(str(coeff)) > prec + 1:
            return None
        return _triple(0, str(coeff), -k - e * m)

    def _power_ten_int(self, n, prec):
        # self = 10 ** a (possibly written with trailing zeros), n an integer
        e = self._exp
        if n >= 0:
            if len(self._int) > 1 and n > 4 * prec + 10:
                # a coefficient 10..0 to a huge power: the exact result is 1 followed by zeros
                a = e + len(self._int) - 1
                if a * n - prec - 1 > e * n:
                    return _triple(0, '1' + '0' * (prec + 1), a * n - prec - 1)
                return _triple(0, '1', a * n)
            return _triple(0, str(int(self._int) ** n), e * n)
        a = e + len(self._int) - 1
        return _triple(0, '1', a * n)

    def _power_exact(self, other, prec):
        """self ** other for a positive finite self and a non-integral other, when it is exact with at most
        about prec + 1 digits; None otherwise."""
        c = int(self._int)
        c, z = _strip_int(c)
        e = self._exp + z
        yc = int(other._int)
        ye = other._exp
        yc, yz = _strip_int(yc)
        ye += yz
        # other = a / b in lowest terms, b = 10**-ye / gcd
        if -ye > len(str(yc)) + 60:
            return None
        den = 10 ** -ye
        g = _math.gcd(yc, den)
        a = yc // g
        b = den // g
        if other._sign:
            a = -a
        if c == 1:
            if (e * a) % b:
                return None
            return _triple(0, '1', e * a // b)
        if b > 4 * len(str(c)) + 4 * (abs(e) % b + 1) + 10 or b > 4000:
            return None
        # c * 10**e = (c * 10**(e mod b)) * 10**(b * (e // b)); take the b-th root of the first factor
        shift = e % b
        cc = c * 10 ** shift
        r = _iroot(cc, b)
        if r ** b != cc:
            return None
        re = (e - shift) // b
        r, rz = _strip_int(r)
        re += rz
        # result = (r * 10**re) ** a
        if a > 0:
            if (a - 1) * (len(str(r)) - 1) > prec + 2 or (r > 1 and a * 0.30103 > prec + 3):
                return None
            return _triple(0, str(r ** a), re * a)
        m = -a
        t = r
        twos = (t & -t).bit_length() - 1
        t >>= twos
        fives = 0
        while t % 5 == 0:
            t //= 5
            fives += 1
        if t != 1:
            return None
        if m * 0.30103 > 4 * prec + 10:
            return None
        coeff = 5 ** (twos * m) * 2 ** (fives * m)
        if len(str(coeff)) > prec + 1:
            return None
        return _triple(0, str(coeff), -(twos + fives) * m - re * m)

    def _power_approx(self, other, sign, context):
        """self ** other (self positive finite, not 1; the result inexact) correctly rounded."""
        prec = context.prec
        c = int(self._int)
        e = self._exp
        yc = other._int_value()
        ye = other._exp
        y_adj = other.adjusted()
        # the size of t = other * ln(self) decides overflow, underflow, or a result next to 1
        lx = _log_parts(c, e, 24)
        if lx == 0:
            lx = _log_parts(c, e, 24 + len(self._int) + 10)
            lx_w = 24 + len(self._int) + 10
        else:
            lx_w = 24
        t_adj = len(str(abs(lx))) - lx_w - 1 + y_adj + 1
        t_positive = (lx > 0) == (other._sign == 0)
        if t_adj > len(str(max(context.Emax, -context.Etiny()) + prec)) + 2:
            return self._overflow_or_underflow(t_positive, sign, context)
        if t_adj < -(prec + 3):
            if t_positive:
                ans = _triple(sign, '1' + '0' * (prec + 1) + '1', -(prec + 2))
            else:
                ans = _triple(sign, '9' * (prec + 3), -(prec + 3))
            return ans._fix(context)
        extra = 6
        while True:
            q = prec + extra
            w = q + 6 + max(-t_adj, 0)
            wl = w + max(y_adj + 1, 0) + 2
            lnx = _log_parts(c, e, wl)
            num = lnx * yc
            shift = (wl - w) - ye
            t = num // 10 ** shift if shift >= 0 else num * 10 ** -shift
            C, E = _exp_parts(t, w, q)
            keep = prec
            adj = E + len(str(C)) - 1
            if adj < context.Emin:
                keep = prec - (context.Emin - adj)
            if keep < 0 or _safe_round(C, 50, keep):
                return _triple(sign, str(C), E)._fix(context)
            extra += prec + 10

    def _overflow_or_underflow(self, overflow, sign, context):
        if overflow:
            return _triple(sign, '1', context.Emax + 1)._fix(context)
        return _triple(sign, '1', context.Etiny() - 2)._fix(context)

    def _power_modulo(self, other, modulo, context):
        """Three-argument pow: (self ** other) % modulo for integers."""
        other = _convert_other(other, raiseit=True)
        modulo = _convert_other(modulo, raiseit=True)
        if context is None:
            context = getcontext()
        sn = self._isnan()
        on = other._isnan()
        mn = modulo._isnan()
        if sn or on or mn:
            if sn == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if on == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if mn == 2:
                return context._raise_error(InvalidOperation, 'sNaN', modulo)
            if sn:
                return self._fix_nan(context)
            if on:
                return other._fix_nan(context)
            return modulo._fix_nan(context)
        if not (self._isinteger() and other._isinteger() and modulo._isinteger()):
            return context._raise_error(InvalidOperation, 'pow() 3rd argument not allowed unless all '
                                        'arguments are integers')
        if other._sign and other:
            return context._raise_error(InvalidOperation, 'pow() 2nd argument cannot be negative when '
                                        '3rd argument specified')
        if not modulo:
            return context._raise_error(InvalidOperation, 'pow() 3rd argument cannot be 0')
        if modulo.adjusted() >= context.prec:
            return context._raise_error(InvalidOperation, 'insufficient precision: pow() 3rd argument '
                                        'must not have more than precision digits')
        if not other and not self:
            return context._raise_error(InvalidOperation, 'at least one of pow() 1st argument and 2nd '
                                        'argument must be nonzero; 0**0 is not defined')
        sign = 1 if not other._iseven() and self._sign else 0
        m = abs(int(modulo))
        # the operands may have huge exponents: reduce modulo m without writing them out
        if self._exp >= 0:
            base = int(self._int) * pow(10, self._exp, m) % m
        else:
            base = int(self._int[:self._exp] or '0') % m
        if other._exp >= 0:
            r = pow(base, int(other._int), m)
            for _ in range(other._exp):
                r = pow(r, 10, m)
        else:
            r = pow(base, int(other._int[:other._exp] or '0'), m)
        return _triple(sign, str(r), 0)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    # ---- exp, ln, log10, logb ----

    def exp(self, context=None):
        """e ** self, correctly rounded (round-half-even).

        >>> with localcontext(prec=12):
        ...     Decimal(1).exp()
        Decimal('2.71828182846')
        """
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._exp == 'F':
            return _Zero if self._sign else Decimal(self)
        if not self:
            return _One
        ctx = context._shallow_copy()
        ctx.rounding = ROUND_HALF_EVEN
        prec = ctx.prec
        adj = self.adjusted()
        if adj < -(prec + 1):
            # 1 + x, with x far below the last digit
            if self._sign:
                ans = _triple(0, '9' * (prec + 2), -(prec + 2))
            else:
                ans = _triple(0, '1' + '0' * prec + '1', -(prec + 1))
            return self._finish(ans, ctx, context)
        bound = len(str(max(ctx.Emax, -ctx.Etiny()) * 3)) + 1
        if adj > bound:
            return self._finish(self._overflow_or_underflow(self._sign == 0, 0, ctx), ctx, context,
                                already=True)
        c = int(self._int)
        extra = 6
        while True:
            q = prec + extra
            w = q + 6 + max(-adj, 0)
            if self._exp + w >= 0:
                t = c * 10 ** (self._exp + w)
            else:
                t = c // 10 ** -(self._exp + w)
            if self._sign:
                t = -t
            if t > 0 and t // 10 ** w > (ctx.Emax + prec + 2) * 3:
                return self._finish(self._overflow_or_underflow(True, 0, ctx), ctx, context, already=True)
            if t < 0 and -t // 10 ** w > (-ctx.Etiny() + prec + 2) * 3:
                return self._finish(self._overflow_or_underflow(False, 0, ctx), ctx, context, already=True)
            C, E = _exp_parts(t, w, q)
            keep = prec
            radj = E + len(str(C)) - 1
            if radj < ctx.Emin:
                keep = prec - (ctx.Emin - radj)
            if keep < 0 or _safe_round(C, 50, keep):
                return self._finish(_triple(0, str(C), E), ctx, context)
            extra += prec + 10

    def _finish(self, ans, ctx, context, already=False):
        """Rounds ANS in CTX (a copy of CONTEXT with its own rounding) and passes the signals on."""
        result = ans if already else ans._fix(ctx)
        context._merge_flags(ctx)
        return result

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (round-half-even).

        >>> with localcontext(prec=12):
        ...     Decimal(10).ln()
        Decimal('2.30258509299')
        """
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._exp == 'F' and not self._sign:
            return _Infinity
        if self._sign:
            return context._raise_error(InvalidOperation, 'ln of a negative value')
        if self._cmp(_One) == 0:
            return _Zero
        ctx = context._shallow_copy()
        ctx.rounding = ROUND_HALF_EVEN
        prec = ctx.prec
        c = int(self._int)
        e = self._exp
        extra = 6
        w = prec + extra + 4
        while True:
            L = _log_parts(c, e, w)
            n = len(str(abs(L)))
            if n < prec + extra:
                w += prec + extra - n + 2
                continue
            if _safe_round(L, 50, prec):
                return self._finish(_triple(1 if L < 0 else 0, str(abs(L)), -w), ctx, context)
            w += prec + 10
            extra += prec + 10

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (round-half-even); exact for powers of ten.

        >>> Decimal(100).log10()
        Decimal('2')
        """
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._exp == 'F' and not self._sign:
            return _Infinity
        if self._sign:
            return context._raise_error(InvalidOperation, 'log10 of a negative value')
        ctx = context._shallow_copy()
        ctx.rounding = ROUND_HALF_EVEN
        digits = self._int.rstrip('0')
        if digits == '1':
            return self._finish(Decimal(self.adjusted()), ctx, context)
        prec = ctx.prec
        c = int(self._int)
        e = self._exp
        extra = 6
        w = prec + extra + 4
        while True:
            L = _log_parts(c, e, w + 4) * 10 ** (w + 2) // _ln10(w + 6)
            n = len(str(abs(L)))
            if n < prec + extra:
                w += prec + extra - n + 2
                continue
            if _safe_round(L, 50, prec):
                return self._finish(_triple(1 if L < 0 else 0, str(abs(L)), -w), ctx, context)
            w += prec + 10
            extra += prec + 10

    def logb(self, context=None):
        """The adjusted exponent as a Decimal (-Infinity for zero, an invalid operation... no: a division
        by zero)."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._exp == 'F':
            return _Infinity
        if not self:
            return context._raise_error(DivisionByZero, 'logb(0)', 1)
        return Decimal(self.adjusted())._fix(context)

    # ---- square root ----

    def sqrt(self, context=None):
        """The square root, correctly rounded (round-half-even), with the ideal exponent floor(exp / 2).

        >>> with localcontext(prec=12):
        ...     Decimal(2).sqrt()
        Decimal('1.41421356237')
        """
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._exp == 'F' and self._sign == 0:
                return Decimal(self)
        if not self:
            return _triple(self._sign, '0', self._exp // 2)._fix(context)
        if self._sign:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        prec = context.prec
        ideal = self._exp // 2
        c = int(self._int)
        e = self._exp
        if e % 2:
            c *= 10
            e -= 1
        # r = isqrt(c * 100**s) has at least prec + 1 digits
        s = prec + 1 - (len(str(c)) + 1) // 2
        if s >= 0:
            cc = c * 100 ** s
            exact = True
        else:
            cc, rest = divmod(c, 100 ** -s)
            exact = rest == 0
        r = _math.isqrt(cc)
        exact = exact and r * r == cc
        exp = e // 2 - s
        if exact:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1   # a sticky unit: the root is not exact
        ctx = context._shallow_copy()
        ctx.rounding = ROUND_HALF_EVEN
        return _triple(0, str(r), exp)._fix(ctx)

    # ---- quantize, integral values, normalize ----

    def quantize(self, exp, rounding=None, context=None):
        """This number rounded to the exponent of EXP.

        >>> Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN)
        Decimal('7.32')
        >>> Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP)
        Decimal('8')
        """
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._exp == 'F' or self._exp == 'F':
                if exp._exp == 'F' and self._exp == 'F':
                    return Decimal(self)
                return context._raise_error(InvalidOperation, 'quantize with one INF')
        target = exp._exp
        if not (context.Etiny() <= target <= context.Emax):
            return context._raise_error(InvalidOperation, 'target exponent out of bounds in quantize')
        if not self:
            return _triple(self._sign, '0', target)._fix(context)
        if self.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation, 'exponent of quantize result too large')
        if self.adjusted() - target + 1 > context.prec:
            return context._raise_error(InvalidOperation, 'quantize result has too many digits')
        ans = self._rescale(target, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation, 'exponent of quantize result too large')
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation, 'quantize result has too many digits')
        conditions = []
        inexact = ans._exp > self._exp and ans._cmp(self) != 0
        if ans and ans.adjusted() < context.Emin:
            conditions.append(Subnormal)
        if ans._exp > self._exp:
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
        if conditions:
            context._raise_signals(conditions)
        return ans._fix(context)

    def to_integral_exact(self, rounding=None, context=None):
        """Rounds to an integer, signalling Inexact and Rounded as the operation does."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if context is None:
            context = getcontext()
        if not self:
            return _triple(self._sign, '0', 0)
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        if ans._cmp(self) != 0:
            context._raise_signals((Inexact, Rounded))
        else:
            context._raise_error(Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        """Rounds to an integer without signalling Inexact or Rounded.

        >>> Decimal('2.5').to_integral_value()
        Decimal('2')
        """
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        """Rounded to the context, then with its trailing zeros removed (zero becomes 0).

        >>> Decimal('1.200').normalize()
        Decimal('1.2')
        """
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._exp == 'F':
            return dup
        if not dup:
            return _triple(dup._sign, '0', 0)
        top = context.Emax if context.clamp == 0 else context.Etop()
        digits = dup._int
        stripped = digits.rstrip('0')
        exp = dup._exp
        n = len(digits) - len(stripped)
        if exp + n > top:
            n = max(top - exp, 0)
        return _triple(dup._sign, digits[:len(digits) - n], exp + n)

    # ---- neighbours ----

    def next_minus(self, context=None):
        """The largest number representable in the context that is below this one."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._exp == 'F':
            if self._sign:
                return _NegativeInfinity
            return _triple(0, '9' * context.prec, context.Etop())
        ctx = context.copy()
        ctx.rounding = ROUND_FLOOR
        ctx._ignore_all_flags()
        new = self._fix(ctx)
        if new != self:
            return new
        return self.__sub__(_triple(0, '1', ctx.Etiny() - 1), ctx)

    def next_plus(self, context=None):
        """The smallest number representable in the context that is above this one."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._exp == 'F':
            if not self._sign:
                return _Infinity
            return _triple(1, '9' * context.prec, context.Etop())
        ctx = context.copy()
        ctx.rounding = ROUND_CEILING
        ctx._ignore_all_flags()
        new = self._fix(ctx)
        if new != self:
            return new
        return self.__add__(_triple(0, '1', ctx.Etiny() - 1), ctx)

    def next_toward(self, other, context=None):
        """The neighbour of this number in the direction of OTHER (OTHER's sign when they are equal)."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        if c == -1:
            ans = self.next_plus(context)
        else:
            ans = self.next_minus(context)
        if ans._exp == 'F':
            context._raise_signals((Overflow, Inexact, Rounded), 'Infinite result from next_toward', ans._sign)
        elif ans.adjusted() < context.Emin:
            conditions = [Underflow, Subnormal, Inexact, Rounded]
            if not ans:
                conditions.append(Clamped)
            context._raise_signals(conditions)
        return ans

    # ---- scaleb, shift, rotate ----

    def scaleb(self, other, context=None):
        """This number times 10 ** other (other an integer)."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0:
            return context._raise_error(InvalidOperation)
        limit = 2 * (context.Emax + context.prec)
        n = other._int_value()
        if not (-limit <= n <= limit):
            return context._raise_error(InvalidOperation)
        if self._exp == 'F':
            return Decimal(self)
        return _triple(self._sign, self._int, self._exp + n)._fix(context)

    def _shift_count(self, other, context):
        if other._exp != 0:
            return None
        n = other._int_value()
        if not (-context.prec <= n <= context.prec):
            return None
        return n

    def rotate(self, other, context=None):
        """The coefficient (as prec digits) rotated by OTHER digits (left when positive)."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        n = self._shift_count(other, context)
        if n is None:
            return context._raise_error(InvalidOperation)
        if self._exp == 'F':
            return Decimal(self)
        prec = context.prec
        digits = self._int[-prec:].rjust(prec, '0')
        rotated = digits[n:] + digits[:n]
        return _triple(self._sign, rotated.lstrip('0') or '0', self._exp)

    def shift(self, other, context=None):
        """The coefficient (as prec digits) shifted by OTHER digits (left when positive)."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        n = self._shift_count(other, context)
        if n is None:
            return context._raise_error(InvalidOperation)
        if self._exp == 'F':
            return Decimal(self)
        prec = context.prec
        digits = self._int[-prec:].rjust(prec, '0')
        if n >= 0:
            shifted = (digits + '0' * n)[-prec:]
        else:
            shifted = digits[:n] or '0'
        return _triple(self._sign, shifted.lstrip('0') or '0', self._exp)

    # ---- logical operations ----

    def _logical_digits(self):
        """The digits of a logical operand (finite, positive, exponent 0, only 0s and 1s), or None."""
        if self._is_special or self._sign or self._exp != 0:
            return None
        digits = self._int
        if digits.strip('01'):
            return None
        return digits

    def _logical(self, other, context, op):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        a = self._logical_digits()
        b = other._logical_digits()
        if a is None or b is None:
            return context._raise_error(InvalidOperation)
        prec = context.prec
        a = a[-prec:].rjust(prec, '0')
        b = b[-prec:].rjust(prec, '0')
        out = []
        for x, y in zip(a, b):
            out.append(op(x, y))
        return _triple(0, ''.join(out).lstrip('0') or '0', 0)

    def logical_and(self, other, context=None):
        """Digit-wise and of two logical operands.

        >>> Decimal('1100').logical_and(Decimal('1010'))
        Decimal('1000')
        """
        return self._logical(other, context, lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        """Digit-wise or of two logical operands."""
        return self._logical(other, context, lambda x, y: '1' if x == '1' or y == '1' else '0')

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive or of two logical operands."""
        return self._logical(other, context, lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        """Digit-wise inversion of a logical operand (over prec digits)."""
        if context is None:
            context = getcontext()
        return self._logical(_triple(0, '1' * context.prec, 0), context,
                             lambda x, y: '0' if x == '1' else '1')

    # ---- formatting ----

    def __format__(self, specifier, context=None, _localeconv=None):
        """format(d, spec): the float presentation types e E f F g G n % (and none), with fill, align,
        sign, z, #, 0, width, grouping and precision; rounding follows the context."""
        if context is None:
            context = getcontext()
        spec = _parse_format_spec(specifier, _localeconv)
        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['type'] == '%':
                body += '%'
            return _format_align(sign, body, spec)
        kind = spec['type']
        if kind is None:
            kind = ['g', 'G'][context.capitals]
        rounding = context.rounding
        value = self
        if kind == '%':
            value = _triple(value._sign, value._int, value._exp + 2)
        precision = spec['precision']
        if precision is not None:
            if kind in 'eE':
                value = value._round(precision + 1, rounding)
            elif kind in 'fF%':
                value = value._rescale(-precision, rounding)
            elif kind in 'gG' and len(value._int) > precision:
                value = value._round(precision, rounding)
        if not value and value._exp > 0 and kind in 'fF%':
            value = value._rescale(0, rounding)
        if not value and spec['no_neg_0'] and value._sign:
            sign_bit = 0
        else:
            sign_bit = value._sign
        leftdigits = value._exp + len(value._int)
        if kind in 'eE':
            if not value and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif kind in 'fF%':
            dotplace = leftdigits
        else:
            if value._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * -dotplace + value._int
        elif dotplace > len(value._int):
            intpart = value._int + '0' * (dotplace - len(value._int))
            fracpart = ''
        else:
            intpart = value._int[:dotplace] or '0'
            fracpart = value._int[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(sign_bit, intpart, fracpart, exp, spec, kind)


# ---------------------------------------------------------------------------------------------------------
# parsing

_ASCII_DIGITS = frozenset('0123456789')


def _parse(s, original):
    """(sign, coefficient, exponent) of a numeric string, or None when it is not one."""
    if not s.isascii():
        s = _to_ascii_digits(s)
        if s is None:
            return None
    if '_' in original:
        if not _valid_underscores(original.strip()):
            return None
    if not s:
        return None
    sign = 0
    c0 = s[0]
    if c0 == '-':
        sign = 1
        s = s[1:]
    elif c0 == '+':
        s = s[1:]
    if not s:
        return None
    if s[0] not in _ASCII_DIGITS and s[0] != '.':
        low = s.lower()
        if low == 'inf' or low == 'infinity':
            return sign, '0', 'F'
        if low.startswith('nan'):
            payload = low[3:]
            kind = 'n'
        elif low.startswith('snan'):
            payload = low[4:]
            kind = 'N'
        else:
            return None
        if payload and not payload.isdigit():
            return None
        return sign, payload.lstrip('0'), kind
    exp = 0
    epos = s.find('e')
    if epos < 0:
        epos = s.find('E')
    if epos >= 0:
        es = s[epos + 1:]
        s = s[:epos]
        if not es:
            return None
        if es[0] in '+-':
            if not es[1:].isdigit():
                return None
        elif not es.isdigit():
            return None
        exp = int(es)
    dot = s.find('.')
    if dot >= 0:
        intpart = s[:dot]
        frac = s[dot + 1:]
        if not intpart and not frac:
            return None
        if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
            return None
        digits = intpart + frac
        exp -= len(frac)
    else:
        if not s.isdigit():
            return None
        digits = s
    digits = digits.lstrip('0') or '0'
    return sign, digits, exp


def _valid_underscores(s):
    # an underscore only between two digits
    for i, ch in enumerate(s):
        if ch == '_':
            if i == 0 or i == len(s) - 1 or not s[i - 1].isdigit() or not s[i + 1].isdigit():
                return False
    return True


def _to_ascii_digits(s):
    out = []
    for ch in s:
        if ch.isascii():
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(int(ch)))
        else:
            return None
    return ''.join(out)


# ---------------------------------------------------------------------------------------------------------
# operand conversion

def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented


def _convert_for_comparison(self, other, equality_op=False):
    """(self, other) as two Decimals for a comparison, or (self, NotImplemented). Rationals compare exactly
    (self is scaled by the denominator); a complex number only when equality is asked and it is real;
    a float signals FloatOperation (quietly for == and !=)."""
    if isinstance(other, Decimal):
        return self, other
    if isinstance(other, int):
        return self, Decimal(other)
    if isinstance(other, _numbers.Rational):
        if not self._is_special:
            n = int(self._int) * other.denominator
            self = _triple(self._sign, str(n), self._exp)
        return self, Decimal(other.numerator)
    if equality_op and isinstance(other, _numbers.Complex) and other.imag == 0:
        other = other.real
    if isinstance(other, float):
        context = getcontext()
        if equality_op:
            context.flags[FloatOperation] = True
        else:
            context._raise_error(FloatOperation, 'strict semantics for mixing floats and Decimals are enabled')
        return self, Decimal.from_float(other)
    return NotImplemented, NotImplemented


# ---------------------------------------------------------------------------------------------------------
# Context

def _signal_dict(given):
    """A context's flags or traps from a dict (kept as given) or a list of the signals that are set."""
    if isinstance(given, dict):
        return given
    if not isinstance(given, list):
        raise TypeError('flags and traps must be a dict or a list of signals, not %s' % type(given).__name__)
    d = dict.fromkeys(_signals, False)
    for sig in given:
        if sig not in d:
            raise KeyError('valid values for signals are:\n'
                           '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                           '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                           '   Clamped]')
        d[sig] = True
    return d


class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits, the case of the exponent
    letter, clamping, and the flags and traps of the signals.

    >>> c = Context(prec=5)
    >>> c.divide(Decimal(1), Decimal(3))
    Decimal('0.33333')
    """

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        try:
            dc = DefaultContext
        except NameError:
            dc = None
        self.prec = prec if prec is not None else dc.prec if dc else 28
        self.rounding = rounding if rounding is not None else dc.rounding if dc else ROUND_HALF_EVEN
        self.Emax = Emax if Emax is not None else dc.Emax if dc else 999999
        self.Emin = Emin if Emin is not None else dc.Emin if dc else -999999
        self.capitals = capitals if capitals is not None else dc.capitals if dc else 1
        self.clamp = clamp if clamp is not None else dc.clamp if dc else 0
        self._ignored_flags = [] if _ignored_flags is None else _ignored_flags
        if traps is None:
            self.traps = dc.traps.copy() if dc else dict.fromkeys(_signals, False)
        else:
            self.traps = _signal_dict(traps)
        if flags is None:
            self.flags = dict.fromkeys(_signals, False)
        else:
            self.flags = _signal_dict(flags)

    def __setattr__(self, name, value):
        if name in ('prec', 'Emin', 'Emax', 'capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if name == 'prec':
                if not 1 <= value <= MAX_PREC:
                    raise ValueError('valid range for prec is [1, MAX_PREC]')
            elif name == 'Emin':
                if not MIN_EMIN <= value <= 0:
                    raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
            elif name == 'Emax':
                if not 0 <= value <= MAX_EMAX:
                    raise ValueError('valid range for Emax is [0, MAX_EMAX]')
            elif value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
            return object.__setattr__(self, name, value)
        if name == 'rounding':
            if not isinstance(value, str) or value not in _rounding_modes:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
            return object.__setattr__(self, name, value)
        if name == 'flags' or name == 'traps':
            if not isinstance(value, dict):
                raise TypeError('argument must be a signal dict')
            if len(value) != len(_signals) or any(key not in value for key in _signals):
                raise KeyError('invalid signal dict')
            return object.__setattr__(self, name, value)
        if name == '_ignored_flags':
            return object.__setattr__(self, name, value)
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __reduce__(self):
        flags = [sig for sig, v in self.flags.items() if v]
        traps = [sig for sig, v in self.traps.items() if v]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                                 flags, traps))

    def __repr__(self):
        flags = [f.__name__ for f, v in self.flags.items() if v]
        traps = [t.__name__ for t, v in self.traps.items() if v]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(flags), ', '.join(traps)))

    def clear_flags(self):
        """Resets all flags to 0."""
        for flag in self.flags:
            self.flags[flag] = False

    def clear_traps(self):
        """Resets all traps to 0."""
        for flag in self.traps:
            self.traps[flag] = False

    def _shallow_copy(self):
        """A copy sharing this context's flag and trap dictionaries."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags, self.traps, self._ignored_flags)

    def copy(self):
        """A deep copy of the context."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags.copy(), self.traps.copy(), list(self._ignored_flags))

    __copy__ = copy

    def _merge_flags(self, other):
        """Nothing to do when OTHER shares this context's flags (made by _shallow_copy)."""
        if other.flags is not self.flags:
            for k, v in other.flags.items():
                if v:
                    self.flags[k] = True

    def _raise_error(self, condition, explanation=None, *args):
        """Signals CONDITION: its signal's flag is set; if the signal is trapped it is raised (as CPython does:
        the signal class, with the list of the conditions as its argument); otherwise the condition's default
        result is returned. EXPLANATION documents the call site."""
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return condition().handle(self, *args)
        self.flags[error] = True
        if not self.traps[error]:
            return condition().handle(self, *args)
        raise error([condition])

    def _raise_signals(self, conditions, explanation=None, *args):
        """Signals several conditions of one operation, most important first: every flag is set, then the
        first trapped signal is raised with the list of all the trapped conditions; returns the first
        condition's default result when none is trapped."""
        trapped = []
        for cond in conditions:
            error = _condition_map.get(cond, cond)
            if error in self._ignored_flags:
                continue
            self.flags[error] = True
            if self.traps[error]:
                trapped.append(cond)
        if trapped:
            raise _condition_map.get(trapped[0], trapped[0])(trapped)
        return conditions[0]().handle(self, *args)

    _raise_error_list = _raise_signals

    def _ignore_all_flags(self):
        return self._ignore_flags(*_signals)

    def _ignore_flags(self, *flags):
        self._ignored_flags = self._ignored_flags + list(flags)
        return list(flags)

    def _regard_flags(self, *flags):
        if flags and isinstance(flags[0], (tuple, list)):
            flags = flags[0]
        for flag in flags:
            self._ignored_flags.remove(flag)

    __hash__ = None

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        """The largest exponent of a clamped result: Emax - prec + 1."""
        return int(self.Emax - self.prec + 1)

    def _set_rounding(self, rounding):
        old = self.rounding
        self.rounding = rounding
        return old

    def create_decimal(self, num='0'):
        """A Decimal from NUM, rounded to this context (leading or trailing white space and underscores
        are a syntax error here).

        >>> ExtendedContext.create_decimal('3.14159')
        Decimal('3.14159')
        """
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_error(ConversionSyntax, 'trailing or leading whitespace and underscores are '
                                     'not permitted.')
        d = Decimal(num, context=self)
        if d._isnan() and len(d._int) > self.prec - self.clamp:
            return self._raise_error(ConversionSyntax, 'diagnostic info too long in NaN')
        return d._fix(self)

    def create_decimal_from_float(self, f):
        """A Decimal from the float F, rounded to this context.

        >>> Context(prec=5, rounding=ROUND_DOWN).create_decimal_from_float(3.1415926535897932)
        Decimal('3.1415')
        """
        d = Decimal.from_float(f)
        return d._fix(self)

    def _apply(self, a):
        return a._fix(self)

    # the operations, each converting int operands

    def abs(self, a):
        """abs(a) rounded to the context.

        >>> ExtendedContext.abs(Decimal('-2.1'))
        Decimal('2.1')
        """
        a = _convert_other(a, raiseit=True)
        return a.__abs__(context=self)

    def add(self, a, b):
        """a + b rounded to the context.

        >>> ExtendedContext.add(Decimal('12'), Decimal('7.00'))
        Decimal('19.00')
        """
        a = _convert_other(a, raiseit=True)
        r = a.__add__(b, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def _apply_string(self, a):
        return str(a._fix(self))

    def canonical(self, a):
        """The operand itself (every Decimal is canonical).

        >>> ExtendedContext.canonical(Decimal('2.50'))
        Decimal('2.50')
        """
        if not isinstance(a, Decimal):
            raise TypeError('canonical requires a Decimal as an argument.')
        return a.canonical()

    def compare(self, a, b):
        """-1, 0 or 1 as a Decimal, or a NaN.

        >>> ExtendedContext.compare(Decimal('2.1'), Decimal('3'))
        Decimal('-1')
        """
        a = _convert_other(a, raiseit=True)
        return a.compare(b, context=self)

    def compare_signal(self, a, b):
        """compare(), except that any NaN operand signals InvalidOperation.

        >>> ExtendedContext.compare_signal(Decimal('2.1'), Decimal('3'))
        Decimal('-1')
        >>> ExtendedContext.compare_signal(Decimal('-3'), 2)
        Decimal('-1')
        >>> c = ExtendedContext.copy()
        >>> c.compare_signal(Decimal('NaN'), 1)
        Decimal('NaN')
        >>> c.flags[InvalidOperation]
        True
        """
        a = _convert_other(a, raiseit=True)
        return a.compare_signal(b, context=self)

    def compare_total(self, a, b):
        """Compares by the total order of representations (exponent and sign included).

        >>> ExtendedContext.compare_total(Decimal('12.30'), Decimal('12.3'))
        Decimal('-1')
        >>> ExtendedContext.compare_total(Decimal('-0'), Decimal('0'))
        Decimal('-1')
        >>> ExtendedContext.compare_total(Decimal('NaN'), Decimal('Infinity'))
        Decimal('1')
        """
        a = _convert_other(a, raiseit=True)
        return a.compare_total(b)

    def compare_total_mag(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.compare_total_mag(b)

    def copy_abs(self, a):
        """A copy with the sign cleared (no rounding, no signals).

        >>> ExtendedContext.copy_abs(Decimal('-100'))
        Decimal('100')
        >>> ExtendedContext.copy_abs(-7)
        Decimal('7')
        """
        a = _convert_other(a, raiseit=True)
        return a.copy_abs()

    def copy_decimal(self, a):
        """A copy of the operand as a Decimal.

        >>> ExtendedContext.copy_decimal(Decimal('-1.00'))
        Decimal('-1.00')
        >>> ExtendedContext.copy_decimal(3)
        Decimal('3')
        """
        a = _convert_other(a, raiseit=True)
        return Decimal(a)

    def copy_negate(self, a):
        """A copy with the sign inverted (no rounding, no signals).

        >>> ExtendedContext.copy_negate(Decimal('101.5'))
        Decimal('-101.5')
        >>> ExtendedContext.copy_negate(Decimal('-0'))
        Decimal('0')
        """
        a = _convert_other(a, raiseit=True)
        return a.copy_negate()

    def copy_sign(self, a, b):
        """The first operand with the sign of the second.

        >>> ExtendedContext.copy_sign(Decimal('1.50'), Decimal('-7.33'))
        Decimal('-1.50')
        >>> ExtendedContext.copy_sign(4, -0)
        Decimal('4')
        """
        a = _convert_other(a, raiseit=True)
        return a.copy_sign(b)

    def divide(self, a, b):
        """a / b rounded to the context.

        >>> ExtendedContext.divide(Decimal('1'), Decimal('3'))
        Decimal('0.333333333')
        """
        a = _convert_other(a, raiseit=True)
        r = a.__truediv__(b, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def divide_int(self, a, b):
        """The integer part of a / b, truncated towards zero.

        >>> ExtendedContext.divide_int(Decimal('7'), Decimal('2'))
        Decimal('3')
        >>> ExtendedContext.divide_int(Decimal('-9'), 4)
        Decimal('-2')
        >>> ExtendedContext.divide_int(Decimal('1E+3'), Decimal('7E-2'))
        Decimal('14285')
        """
        a = _convert_other(a, raiseit=True)
        r = a.__floordiv__(b, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def divmod(self, a, b):
        """(a // b, a % b), the quotient truncated towards zero.

        >>> ExtendedContext.divmod(Decimal(17), Decimal(5))
        (Decimal('3'), Decimal('2'))
        >>> ExtendedContext.divmod(Decimal('-7.5'), 2)
        (Decimal('-3'), Decimal('-1.5'))
        """
        a = _convert_other(a, raiseit=True)
        r = a.__divmod__(b, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def exp(self, a):
        """e ** a, correctly rounded.

        >>> ExtendedContext.exp(Decimal('1'))
        Decimal('2.71828183')
        >>> ExtendedContext.exp(Decimal('-Infinity'))
        Decimal('0')
        >>> ExtendedContext.exp(Decimal('0.001'))
        Decimal('1.00100050')
        >>> ExtendedContext.exp(-2)
        Decimal('0.135335283')
        """
        a = _convert_other(a, raiseit=True)
        return a.exp(context=self)

    def fma(self, a, b, c):
        """a * b + c with only the final result rounded.

        >>> ExtendedContext.fma(Decimal('3'), Decimal('-4'), Decimal('7'))
        Decimal('-5')
        >>> ExtendedContext.fma(Decimal('888565290'), Decimal('1557.96930'), Decimal('-86087.7578'))
        Decimal('1.38435736E+12')
        >>> ExtendedContext.fma(2, 3, 4)
        Decimal('10')
        """
        a = _convert_other(a, raiseit=True)
        return a.fma(b, c, context=self)

    def is_canonical(self, a):
        """True: every Decimal is canonical.

        >>> ExtendedContext.is_canonical(Decimal('1.5'))
        True
        """
        if not isinstance(a, Decimal):
            raise TypeError('is_canonical requires a Decimal as an argument.')
        return a.is_canonical()

    def is_finite(self, a):
        """Whether a is neither infinite nor a NaN.

        >>> ExtendedContext.is_finite(Decimal('-0.3'))
        True
        >>> ExtendedContext.is_finite(Decimal('Inf'))
        False
        >>> ExtendedContext.is_finite(12)
        True
        """
        a = _convert_other(a, raiseit=True)
        return a.is_finite()

    def is_infinite(self, a):
        """Whether a is an infinity.

        >>> ExtendedContext.is_infinite(Decimal('-Infinity'))
        True
        >>> ExtendedContext.is_infinite(Decimal('NaN'))
        False
        >>> ExtendedContext.is_infinite(5)
        False
        """
        a = _convert_other(a, raiseit=True)
        return a.is_infinite()

    def is_nan(self, a):
        """Whether a is a quiet or signalling NaN.

        >>> ExtendedContext.is_nan(Decimal('sNaN'))
        True
        >>> ExtendedContext.is_nan(Decimal('1E+9'))
        False
        >>> ExtendedContext.is_nan(0)
        False
        """
        a = _convert_other(a, raiseit=True)
        return a.is_nan()

    def is_normal(self, a):
        """Whether a is finite, nonzero and not subnormal in this context.

        >>> ExtendedContext.is_normal(Decimal('3.5'))
        True
        >>> ExtendedContext.is_normal(Decimal('1E-1000'))
        True
        >>> ExtendedContext.is_normal(Decimal('0.00'))
        False
        >>> ExtendedContext.is_normal(8)
        True
        """
        a = _convert_other(a, raiseit=True)
        return a.is_normal(context=self)

    def is_qnan(self, a):
        """Whether a is a quiet NaN.

        >>> ExtendedContext.is_qnan(Decimal('NaN12'))
        True
        >>> ExtendedContext.is_qnan(Decimal('sNaN'))
        False
        >>> ExtendedContext.is_qnan(3)
        False
        """
        a = _convert_other(a, raiseit=True)
        return a.is_qnan()

    def is_signed(self, a):
        """Whether the sign of a is negative (also for -0 and -NaN).

        >>> ExtendedContext.is_signed(Decimal('-0'))
        True
        >>> ExtendedContext.is_signed(Decimal('2.5'))
        False
        >>> ExtendedContext.is_signed(-4)
        True
        """
        a = _convert_other(a, raiseit=True)
        return a.is_signed()

    def is_snan(self, a):
        """Whether a is a signalling NaN.

        >>> ExtendedContext.is_snan(Decimal('sNaN3'))
        True
        >>> ExtendedContext.is_snan(Decimal('NaN'))
        False
        >>> ExtendedContext.is_snan(1)
        False
        """
        a = _convert_other(a, raiseit=True)
        return a.is_snan()

    def is_subnormal(self, a):
        """Whether a is nonzero, finite and below Emin.

        >>> ExtendedContext.is_subnormal(Decimal('1E-1000'))
        False
        >>> ExtendedContext.is_subnormal(Decimal('0.1E-999'))
        False
        >>> ExtendedContext.is_subnormal(Decimal('0E-2000'))
        False
        >>> ExtendedContext.is_subnormal(6)
        False
        """
        a = _convert_other(a, raiseit=True)
        return a.is_subnormal(context=self)

    def is_zero(self, a):
        """Whether a is a zero of either sign.

        >>> ExtendedContext.is_zero(Decimal('-0E+5'))
        True
        >>> ExtendedContext.is_zero(Decimal('0.001'))
        False
        >>> ExtendedContext.is_zero(0)
        True
        """
        a = _convert_other(a, raiseit=True)
        return a.is_zero()

    def ln(self, a):
        """The natural logarithm, correctly rounded.

        >>> ExtendedContext.ln(Decimal('2'))
        Decimal('0.693147181')
        >>> ExtendedContext.ln(Decimal('1.000'))
        Decimal('0')
        >>> ExtendedContext.ln(Decimal('0'))
        Decimal('-Infinity')
        >>> ExtendedContext.ln(100)
        Decimal('4.60517019')
        """
        a = _convert_other(a, raiseit=True)
        return a.ln(context=self)

    def log10(self, a):
        """The base-ten logarithm, correctly rounded (exact for powers of ten).

        >>> ExtendedContext.log10(Decimal('1000'))
        Decimal('3')
        >>> ExtendedContext.log10(Decimal('2'))
        Decimal('0.301029996')
        >>> ExtendedContext.log10(Decimal('0.01'))
        Decimal('-2')
        >>> ExtendedContext.log10(7)
        Decimal('0.845098040')
        """
        a = _convert_other(a, raiseit=True)
        return a.log10(context=self)

    def logb(self, a):
        """The adjusted exponent of a as a Decimal.

        >>> ExtendedContext.logb(Decimal('250'))
        Decimal('2')
        >>> ExtendedContext.logb(Decimal('0.03'))
        Decimal('-2')
        >>> ExtendedContext.logb(Decimal('-Inf'))
        Decimal('Infinity')
        >>> ExtendedContext.logb(1)
        Decimal('0')
        """
        a = _convert_other(a, raiseit=True)
        return a.logb(context=self)

    def logical_and(self, a, b):
        """Digit-wise and of two logical operands (digits 0 and 1 only).

        >>> ExtendedContext.logical_and(Decimal('1100'), Decimal('1010'))
        Decimal('1000')
        >>> ExtendedContext.logical_and(Decimal('111'), Decimal('10'))
        Decimal('10')
        >>> ExtendedContext.logical_and(101, 11)
        Decimal('1')
        """
        a = _convert_other(a, raiseit=True)
        return a.logical_and(b, context=self)

    def logical_invert(self, a):
        """Digit-wise inversion of a logical operand over the precision.

        >>> ExtendedContext.logical_invert(Decimal('0'))
        Decimal('111111111')
        >>> ExtendedContext.logical_invert(Decimal('101010101'))
        Decimal('10101010')
        >>> ExtendedContext.logical_invert(1100)
        Decimal('111110011')
        """
        a = _convert_other(a, raiseit=True)
        return a.logical_invert(context=self)

    def logical_or(self, a, b):
        """Digit-wise or of two logical operands.

        >>> ExtendedContext.logical_or(Decimal('1100'), Decimal('1010'))
        Decimal('1110')
        >>> ExtendedContext.logical_or(Decimal('0'), Decimal('0'))
        Decimal('0')
        >>> ExtendedContext.logical_or(100, 1)
        Decimal('101')
        """
        a = _convert_other(a, raiseit=True)
        return a.logical_or(b, context=self)

    def logical_xor(self, a, b):
        """Digit-wise exclusive or of two logical operands.

        >>> ExtendedContext.logical_xor(Decimal('1100'), Decimal('1010'))
        Decimal('110')
        >>> ExtendedContext.logical_xor(Decimal('1'), Decimal('1'))
        Decimal('0')
        >>> ExtendedContext.logical_xor(110, 1001)
        Decimal('1111')
        """
        a = _convert_other(a, raiseit=True)
        return a.logical_xor(b, context=self)

    def max(self, a, b):
        """The larger operand, rounded; a quiet NaN loses to a number.

        >>> ExtendedContext.max(Decimal('3'), Decimal('2'))
        Decimal('3')
        >>> ExtendedContext.max(Decimal('1.0'), Decimal('1'))
        Decimal('1')
        >>> ExtendedContext.max(Decimal('NaN'), Decimal('-5'))
        Decimal('-5')
        >>> ExtendedContext.max(1, 2)
        Decimal('2')
        """
        a = _convert_other(a, raiseit=True)
        return a.max(b, context=self)

    def max_mag(self, a, b):
        """The operand with the larger absolute value.

        >>> ExtendedContext.max_mag(Decimal('-10'), Decimal('7'))
        Decimal('-10')
        >>> ExtendedContext.max_mag(Decimal('-3'), 3)
        Decimal('3')
        """
        a = _convert_other(a, raiseit=True)
        return a.max_mag(b, context=self)

    def min(self, a, b):
        """The smaller operand, rounded; a quiet NaN loses to a number.

        >>> ExtendedContext.min(Decimal('3'), Decimal('2'))
        Decimal('2')
        >>> ExtendedContext.min(Decimal('-0'), Decimal('0'))
        Decimal('-0')
        >>> ExtendedContext.min(Decimal('2.50'), Decimal('2.5'))
        Decimal('2.50')
        >>> ExtendedContext.min(4, -4)
        Decimal('-4')
        """
        a = _convert_other(a, raiseit=True)
        return a.min(b, context=self)

    def min_mag(self, a, b):
        """The operand with the smaller absolute value.

        >>> ExtendedContext.min_mag(Decimal('-10'), Decimal('7'))
        Decimal('7')
        >>> ExtendedContext.min_mag(Decimal('3'), -3)
        Decimal('-3')
        """
        a = _convert_other(a, raiseit=True)
        return a.min_mag(b, context=self)

    def minus(self, a):
        """0 - a, rounded to the context.

        >>> ExtendedContext.minus(Decimal('1.3'))
        Decimal('-1.3')
        >>> ExtendedContext.minus(Decimal('-0'))
        Decimal('0')
        >>> ExtendedContext.minus(12)
        Decimal('-12')
        """
        a = _convert_other(a, raiseit=True)
        return a.__neg__(context=self)

    def multiply(self, a, b):
        """a * b rounded to the context.

        >>> ExtendedContext.multiply(Decimal('1.20'), Decimal('3'))
        Decimal('3.60')
        """
        a = _convert_other(a, raiseit=True)
        r = a.__mul__(b, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def next_minus(self, a):
        """The largest representable number below a.

        >>> ExtendedContext.next_minus(Decimal('1'))
        Decimal('0.999999999')
        >>> ExtendedContext.next_minus(Decimal('1E-1007'))
        Decimal('9.99999999E-1008')
        >>> ExtendedContext.next_minus(Decimal('Infinity'))
        Decimal('9.99999999E+999999')
        >>> ExtendedContext.next_minus(5)
        Decimal('4.99999999')
        """
        a = _convert_other(a, raiseit=True)
        return a.next_minus(context=self)

    def next_plus(self, a):
        """The smallest representable number above a.

        >>> ExtendedContext.next_plus(Decimal('1'))
        Decimal('1.00000001')
        >>> ExtendedContext.next_plus(Decimal('-1E-1007'))
        Decimal('-9.99999999E-1008')
        >>> ExtendedContext.next_plus(Decimal('-Infinity'))
        Decimal('-9.99999999E+999999')
        >>> ExtendedContext.next_plus(0)
        Decimal('1E-1000007')
        """
        a = _convert_other(a, raiseit=True)
        return a.next_plus(context=self)

    def next_toward(self, a, b):
        """The neighbour of a in the direction of b (a with b's sign when they are equal).

        >>> ExtendedContext.next_toward(Decimal('1'), Decimal('2'))
        Decimal('1.00000001')
        >>> ExtendedContext.next_toward(Decimal('1'), Decimal('0'))
        Decimal('0.999999999')
        >>> ExtendedContext.next_toward(Decimal('-0'), Decimal('0'))
        Decimal('0')
        >>> ExtendedContext.next_toward(10, 9)
        Decimal('9.99999999')
        """
        a = _convert_other(a, raiseit=True)
        return a.next_toward(b, context=self)

    def normalize(self, a):
        """a rounded to the context with trailing zeros removed.

        >>> ExtendedContext.normalize(Decimal('120.00'))
        Decimal('1.2E+2')
        >>> ExtendedContext.normalize(Decimal('-0.000'))
        Decimal('-0')
        >>> ExtendedContext.normalize(Decimal('1234567890123'))
        Decimal('1.23456789E+12')
        >>> ExtendedContext.normalize(300)
        Decimal('3E+2')
        """
        a = _convert_other(a, raiseit=True)
        return a.normalize(context=self)

    def number_class(self, a):
        """The class of a: sNaN, NaN, or a sign with Infinity, Normal, Subnormal or Zero.

        >>> ExtendedContext.number_class(Decimal('-2.5'))
        '-Normal'
        >>> ExtendedContext.number_class(Decimal('1E-1000'))
        '+Normal'
        >>> ExtendedContext.number_class(Decimal('-0'))
        '-Zero'
        >>> ExtendedContext.number_class(Decimal('sNaN'))
        'sNaN'
        >>> ExtendedContext.number_class(9)
        '+Normal'
        """
        a = _convert_other(a, raiseit=True)
        return a.number_class(context=self)

    def plus(self, a):
        """0 + a, rounded to the context.

        >>> ExtendedContext.plus(Decimal('-1.3'))
        Decimal('-1.3')
        >>> ExtendedContext.plus(Decimal('1234567890.5'))
        Decimal('1.23456789E+9')
        >>> ExtendedContext.plus(-0)
        Decimal('0')
        """
        a = _convert_other(a, raiseit=True)
        return a.__pos__(context=self)

    def power(self, a, b, modulo=None):
        """a ** b (or, with MODULO, (a ** b) % modulo) in the context.

        >>> ExtendedContext.power(Decimal('2'), Decimal('3'))
        Decimal('8')
        """
        a = _convert_other(a, raiseit=True)
        r = a.__pow__(b, modulo, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def quantize(self, a, b):
        """a rounded to the exponent of b.

        >>> ExtendedContext.quantize(Decimal('2.17'), Decimal('0.001'))
        Decimal('2.170')
        >>> ExtendedContext.quantize(Decimal('2.17'), Decimal('0.1'))
        Decimal('2.2')
        >>> ExtendedContext.quantize(Decimal('-0.5'), Decimal('1'))
        Decimal('-0')
        >>> ExtendedContext.quantize(Decimal('1234'), Decimal('1E-9'))
        Decimal('NaN')
        >>> ExtendedContext.quantize(7, Decimal('1e1'))
        Decimal('1E+1')
        """
        a = _convert_other(a, raiseit=True)
        return a.quantize(b, context=self)

    def radix(self):
        """10, the radix of decimal arithmetic.

        >>> ExtendedContext.radix()
        Decimal('10')
        """
        return Decimal(10)

    def remainder(self, a, b):
        """a % b, with the sign of a.

        >>> ExtendedContext.remainder(Decimal('10'), Decimal('3'))
        Decimal('1')
        >>> ExtendedContext.remainder(Decimal('-10'), Decimal('3'))
        Decimal('-1')
        >>> ExtendedContext.remainder(Decimal('3.6'), Decimal('1.3'))
        Decimal('1.0')
        >>> ExtendedContext.remainder(7, 4)
        Decimal('3')
        """
        a = _convert_other(a, raiseit=True)
        r = a.__mod__(b, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def remainder_near(self, a, b):
        """a - b * n with n the integer nearest a / b (ties to even).

        >>> ExtendedContext.remainder_near(Decimal('10'), Decimal('6'))
        Decimal('-2')
        >>> ExtendedContext.remainder_near(Decimal('10'), Decimal('4'))
        Decimal('2')
        >>> ExtendedContext.remainder_near(Decimal('3.6'), Decimal('1.3'))
        Decimal('-0.3')
        >>> ExtendedContext.remainder_near(11, 4)
        Decimal('-1')
        """
        a = _convert_other(a, raiseit=True)
        return a.remainder_near(b, context=self)

    def rotate(self, a, b):
        """The coefficient of a rotated by b digits (left when b is positive).

        >>> ExtendedContext.rotate(Decimal('123456789'), Decimal('2'))
        Decimal('345678912')
        >>> ExtendedContext.rotate(Decimal('123'), Decimal('-1'))
        Decimal('300000012')
        >>> ExtendedContext.rotate(15, 3)
        Decimal('15000')
        """
        a = _convert_other(a, raiseit=True)
        return a.rotate(b, context=self)

    def same_quantum(self, a, b):
        """Whether a and b have the same exponent.

        >>> ExtendedContext.same_quantum(Decimal('2.17'), Decimal('0.001'))
        False
        >>> ExtendedContext.same_quantum(Decimal('2.17'), Decimal('0.01'))
        True
        >>> ExtendedContext.same_quantum(Decimal('Inf'), Decimal('-Inf'))
        True
        >>> ExtendedContext.same_quantum(10000, -1)
        True
        """
        a = _convert_other(a, raiseit=True)
        return a.same_quantum(b)

    def scaleb(self, a, b):
        """a times 10 ** b (b an integer).

        >>> ExtendedContext.scaleb(Decimal('7.50'), Decimal('3'))
        Decimal('7.50E+3')
        >>> ExtendedContext.scaleb(Decimal('1'), Decimal('-2'))
        Decimal('0.01')
        >>> ExtendedContext.scaleb(4, 1)
        Decimal('4E+1')
        """
        a = _convert_other(a, raiseit=True)
        return a.scaleb(b, context=self)

    def shift(self, a, b):
        """The coefficient of a shifted by b digits (left when b is positive).

        >>> ExtendedContext.shift(Decimal('123456789'), Decimal('2'))
        Decimal('345678900')
        >>> ExtendedContext.shift(Decimal('123'), Decimal('-2'))
        Decimal('1')
        >>> ExtendedContext.shift(7, 5)
        Decimal('700000')
        """
        a = _convert_other(a, raiseit=True)
        return a.shift(b, context=self)

    def sqrt(self, a):
        """The square root, correctly rounded, with the ideal exponent.

        >>> ExtendedContext.sqrt(Decimal('2'))
        Decimal('1.41421356')
        >>> ExtendedContext.sqrt(Decimal('0.39'))
        Decimal('0.624499800')
        >>> ExtendedContext.sqrt(Decimal('100'))
        Decimal('10')
        >>> ExtendedContext.sqrt(Decimal('-0'))
        Decimal('-0')
        >>> ExtendedContext.sqrt(10)
        Decimal('3.16227766')
        """
        a = _convert_other(a, raiseit=True)
        return a.sqrt(context=self)

    def subtract(self, a, b):
        """a - b rounded to the context.

        >>> ExtendedContext.subtract(Decimal('1.3'), Decimal('1.07'))
        Decimal('0.23')
        >>> ExtendedContext.subtract(Decimal('1.3'), Decimal('2.07'))
        Decimal('-0.77')
        >>> ExtendedContext.subtract(8, Decimal('0.5'))
        Decimal('7.5')
        """
        a = _convert_other(a, raiseit=True)
        r = a.__sub__(b, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        return r

    def to_eng_string(self, a):
        """The engineering notation of a (exponent a multiple of three).

        >>> ExtendedContext.to_eng_string(Decimal('123E+1'))
        '1.23E+3'
        >>> ExtendedContext.to_eng_string(Decimal('0.000012'))
        '0.000012'
        >>> ExtendedContext.to_eng_string(Decimal('0E+2'))
        '0.0E+3'
        """
        a = _convert_other(a, raiseit=True)
        return a.to_eng_string(context=self)

    def to_sci_string(self, a):
        a = _convert_other(a, raiseit=True)
        return a.__str__(context=self)

    def to_integral_exact(self, a):
        """a rounded to an integer, signalling Inexact and Rounded as usual.

        >>> ExtendedContext.to_integral_exact(Decimal('2.5'))
        Decimal('2')
        >>> ExtendedContext.to_integral_exact(Decimal('-7.9'))
        Decimal('-8')
        >>> ExtendedContext.to_integral_exact(Decimal('1E+3'))
        Decimal('1E+3')
        """
        a = _convert_other(a, raiseit=True)
        return a.to_integral_exact(context=self)

    def to_integral_value(self, a):
        """a rounded to an integer without signalling Inexact or Rounded.

        >>> ExtendedContext.to_integral_value(Decimal('3.5'))
        Decimal('4')
        >>> ExtendedContext.to_integral_value(Decimal('-0.5'))
        Decimal('-0')
        >>> ExtendedContext.to_integral_value(Decimal('12.000'))
        Decimal('12')
        """
        a = _convert_other(a, raiseit=True)
        return a.to_integral_value(context=self)

    to_integral = to_integral_value


# ---------------------------------------------------------------------------------------------------------
# format() support

def _parse_format_spec(spec, localeconv=None):
    """The parts of a standard format specifier:
    [[fill]align][sign][z][#][0][width][grouping][.precision][type]."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    minimumwidth = int(spec[i:j]) if j > i else 0
    i = j
    thousands = None
    if i < n and spec[i] == ',':
        thousands = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        precision = int(spec[i + 1:j])
        i = j
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if fill is not None and zeropad:
        raise ValueError('invalid format string')
    if align is not None and zeropad:
        raise ValueError('invalid format string')
    if fill is None:
        fill = '0' if zeropad else ' '
    if align is None:
        align = '=' if zeropad else '>'
    if sign is None:
        sign = '-'
    if kind == 'n':
        if thousands is not None:
            raise ValueError('invalid format string')
        if localeconv is None:
            import locale as _locale
            localeconv = _locale.localeconv()
        thousands_sep = localeconv['thousands_sep']
        grouping = localeconv['grouping']
        decimal_point = localeconv['decimal_point']
        kind = 'g'
    else:
        if thousands is None:
            thousands_sep = ''
        else:
            thousands_sep = thousands
        grouping = [3, 0]
        decimal_point = '.'
    if (kind is None or kind in 'gG') and precision == 0:
        precision = 1
    return {'fill': fill, 'align': align, 'sign': sign, 'no_neg_0': no_neg_0, 'alt': alt,
            'zeropad': zeropad, 'minimumwidth': minimumwidth, 'thousands_sep': thousands_sep,
            'grouping': grouping, 'decimal_point': decimal_point, 'precision': precision, 'type': kind}


def _format_sign(negative, spec):
    if negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    width = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (width - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _group_lengths(grouping):
    """The lengths of the digit groups from the right, as locale grouping lists give them."""
    from itertools import chain, repeat
    if not grouping:
        return []
    if grouping[-1] == 0 and len(grouping) >= 2:
        return chain(grouping[:-1], repeat(grouping[-2]))
    if grouping[-1] == _CHAR_MAX:
        return grouping[:-1]
    raise ValueError('unrecognised format for grouping')


_CHAR_MAX = 127


def _insert_separators(digits, spec, min_width=1):
    """DIGITS with the spec's separator between groups, zero-padded on the left to at least MIN_WIDTH."""
    sep = spec['thousands_sep']
    grouping = spec['grouping']
    groups = []
    for length in _group_lengths(grouping):
        if length <= 0:
            raise ValueError('group length should be positive')
        length = min(max(len(digits), min_width, 1), length)
        groups.append('0' * (length - len(digits)) + digits[-length:])
        digits = digits[:-length]
        min_width -= length
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    else:
        length = max(len(digits), min_width, 1)
        groups.append('0' * (length - len(digits)) + digits[-length:])
    return sep.join(reversed(groups))


def _format_number(negative, intpart, fracpart, exp, spec, kind):
    sign = _format_sign(negative, spec)
    if fracpart or spec['alt']:
        fracpart = spec['decimal_point'] + fracpart
    if exp != 0 or kind in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[kind]
        fracpart += '%s%+d' % (echar, exp)
    if kind == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    if spec['thousands_sep'] or spec['grouping'] != [3, 0] or min_width:
        intpart = _insert_separators(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)


# ---------------------------------------------------------------------------------------------------------
# constants and templates

_INF = float('inf')
_NAN_F = float('nan')
_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

_Infinity = Decimal('Inf')
_NegativeInfinity = Decimal('-Inf')
_NaN = Decimal('NaN')
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                               Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_numbers.Number.register(Decimal)

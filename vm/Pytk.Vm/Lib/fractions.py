"""fractions for pytk, written for pytk: Fraction, exact rational numbers on Python ints.

Shipped as Python: Fraction is arithmetic on arbitrary-precision ints plus the numeric protocol (reflected
operators, mixed int/float/complex operands, hashing equal to equal ints and floats), all of which the VM
already provides with CPython's semantics.
"""

import math as _math

__all__ = ['Fraction']

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse_int(text, whole):
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text or not text.replace('_', '').isdigit():
        raise ValueError('Invalid literal for Fraction: %r' % whole)
    return int(text.replace('_', ''))


def _from_string(s):
    text = s.strip()
    sign = 1
    if text[:1] in ('+', '-'):
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    if not text or not (text[0].isdigit() or text[0] == '.' and text[1:2].isdigit()):
        raise ValueError('Invalid literal for Fraction: %r' % s)
    if '/' in text:
        num, _, den = text.partition('/')
        n = _parse_int(num, s)
        d = _parse_int(den, s)
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (sign * n))
        return sign * n, d
    mantissa, exp = text, 0
    for e in 'eE':
        if e in text:
            mantissa, _, exp_text = text.partition(e)
            body = exp_text[1:] if exp_text[:1] in '+-' else exp_text
            exp = _parse_int(body, s) * (-1 if exp_text[:1] == '-' else 1)
            break
    whole, dot, frac = mantissa.partition('.')
    n = _parse_int(whole, s) if whole else 0
    d = 1
    if dot and frac:
        n = n * 10 ** len(frac.replace('_', '')) + _parse_int(frac, s)
        d = 10 ** len(frac.replace('_', ''))
    elif dot and not whole:
        raise ValueError('Invalid literal for Fraction: %r' % s)
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


class Fraction:
    """Numerator/denominator in lowest terms, denominator positive."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _from_string(numerator)
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, complex):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                n, d = a._numerator * b._denominator, a._denominator * b._numerator
            else:
                n, d = int(numerator), int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def _raw(cls, n, d):
        self = super().__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an int) as a Fraction."""
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec,
                                                                                  type(dec).__name__))
        n, d = dec.as_integer_ratio()
        return cls._raw(n, d)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction's convergents until the denominator would exceed the limit, then pick
        # the closer of the last convergent and the best semiconvergent
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._raw(p1, q1)
        return Fraction._raw(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec[-1] in 'eEfFgG%':
            return format(float(self), spec)   # CPython formats the exact value; float is exact enough here
        bad = ValueError(f"Invalid format specifier {spec!r} for object of type {type(self).__name__!r}")
        i, fill, align = 0, ' ', '>'
        if len(spec) >= 2 and spec[1] in '<>=^':
            fill, align, i = spec[0], spec[1], 2
        elif spec[0] in '<>=^':
            align, i = spec[0], 1
        sign = '-'
        if spec[i:i + 1] in ('+', '-', ' '):
            sign, i = spec[i], i + 1
        alternate = spec[i:i + 1] == '#'
        if alternate:
            i += 1
        if spec[i:i + 1] == '0':
            raise bad
        j = i
        while j < len(spec) and spec[j].isdigit():
            j += 1
        width = int(spec[i:j]) if j > i else 0
        grouping = ''
        if spec[j:j + 1] in (',', '_'):
            grouping, j = spec[j], j + 1
        if j != len(spec):
            raise bad
        num, den = abs(self._numerator), self._denominator
        body = format(num, grouping)
        if den != 1 or alternate:
            body += '/' + format(den, grouping)
        prefix = '-' if self._numerator < 0 else ('+' if sign == '+' else ' ' if sign == ' ' else '')
        if align == '=':
            return prefix + format(body, fill + '>' + str(max(0, width - len(prefix))))
        return format(prefix + body, fill + align + str(width))

    # arithmetic: Fraction and int stay exact; float and complex operands turn the result inexact
    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction._raw(int(other), 1)
        return None

    def __add__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator + o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, (float, complex)):
            return float(self) + other
        return NotImplemented

    def __radd__(self, other):
        o = self._operands(other)
        if o is not None:
            return o + self
        if isinstance(other, (float, complex)):
            return other + float(self)
        return NotImplemented

    def __sub__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator - o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, (float, complex)):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._operands(other)
        if o is not None:
            return o - self
        if isinstance(other, (float, complex)):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, (float, complex)):
            return float(self) * other
        return NotImplemented

    def __rmul__(self, other):
        o = self._operands(other)
        if o is not None:
            return o * self
        if isinstance(other, (float, complex)):
            return other * float(self)
        return NotImplemented

    def __truediv__(self, other):
        o = self._operands(other)
        if o is not None:
            if o._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % o._denominator)
            return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, (float, complex)):
            return float(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        o = self._operands(other)
        if o is not None:
            return o / self
        if isinstance(other, (float, complex)):
            return other / float(self)
        return NotImplemented

    def __floordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return o // self
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other):
        o = self._operands(other)
        if o is not None:
            d = self._denominator * o._denominator
            return Fraction((self._numerator * o._denominator) % (o._numerator * self._denominator), d)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return o % self
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return self // o, self % o
        if isinstance(other, float):
            return divmod(float(self), other)
        return NotImplemented

    def __rdivmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return divmod(o, self)
        if isinstance(other, float):
            return divmod(other, float(self))
        return NotImplemented

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            return NotImplemented
        o = self._operands(other)
        if o is not None and o._denominator == 1:
            power = o._numerator
            if power >= 0:
                return Fraction._raw(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            if self._numerator > 0:
                return Fraction._raw(self._denominator ** -power, self._numerator ** -power)
            return Fraction._raw((-self._denominator) ** -power, (-self._numerator) ** -power)
        if o is not None:
            return float(self) ** float(o)
        if isinstance(other, (float, complex)):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other, modulo=None):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        if isinstance(other, (float, complex)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction._raw(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._raw(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._raw(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1   # halves go to even
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = self._operands(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, (int, Fraction)):
            o = self._operands(other)
            return self._numerator == o._numerator and self._denominator == o._denominator
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return 0.0 == other
            return self == Fraction(other)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


import numbers as _numbers  # noqa: E402  (CPython derives Fraction from numbers.Rational)
_numbers.Rational.register(Fraction)

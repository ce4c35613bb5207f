"""numbers for pytk, written for pytk from PEP 3141 and the module's documentation.

The numeric tower as ABCs: each level lists the operations it requires (abstract) and derives the ones it can
(mixins). int, float and complex are registered here; fractions.Fraction and decimal.Decimal register
themselves when their modules load.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


def _abstract(*names):
    """Abstract methods that only raise NotImplementedError (the tower's required operations)."""
    ns = {}
    for name in names:
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        ns[name] = abstractmethod(method)
    return ns


def _abstract_property(name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    return property(abstractmethod(getter))


class Complex(Number):
    """Complex defines the operations that work on the builtin complex type."""
    __slots__ = ()
    locals().update(_abstract('__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__', '__rmul__',
                              '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__', 'conjugate',
                              '__eq__'))
    real = _abstract_property('real')
    imag = _abstract_property('imag')
    __hash__ = None

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    """To Complex, Real adds the operations that work on real numbers."""
    __slots__ = ()
    locals().update(_abstract('__float__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__',
                              '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """.numerator and .denominator should be in lowest terms."""
    __slots__ = ()
    numerator = _abstract_property('numerator')
    denominator = _abstract_property('denominator')

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integral adds methods that work on integral numbers."""
    __slots__ = ()
    locals().update(_abstract('__int__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__',
                              '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__'))

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
del _abstract, _abstract_property

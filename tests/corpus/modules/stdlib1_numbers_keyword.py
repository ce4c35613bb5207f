import keyword
import numbers
from abc import ABC, ABCMeta, abstractmethod
from fractions import Fraction
from decimal import Decimal

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print([w for w in ["if", "print", "None", "type", "lambda", "self"] if keyword.iskeyword(w)])

values = [1, True, 2.5, 3j, Fraction(1, 3), Decimal("1.5"), "x", None]
for v in values:
    print(type(v).__name__, [isinstance(v, c) for c in
          (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))
print(numbers.Integral.__mro__[1:4])

def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Complex):
        return "complex"
    return "not a number"

print([describe(v) for v in values])

try:
    numbers.Number()
except TypeError as e:
    print("TypeError", e)

class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print("abstract:", str(e).split(" with ")[0])

# abc: register, virtual subclasses, __subclasshook__
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

class Square:
    def draw(self): return "square"

print(isinstance(Square(), Drawable))
Drawable.register(Square)
print(isinstance(Square(), Drawable), issubclass(Square, Drawable))

@Drawable.register
class Circle:
    pass
print(issubclass(Circle, Drawable), Circle.__name__)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__")
        return NotImplemented

print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))

class Impl(Drawable):
    def draw(self): return "impl"
print(isinstance(Impl(), Drawable), Impl().draw(), type(Drawable).__name__, type(Drawable) is ABCMeta)
try:
    Drawable.register(5)
except TypeError as e:
    print(e)
class Base(metaclass=ABCMeta):
    pass
class Child(Base):
    pass
try:
    Child.register(Base)
except RuntimeError as e:
    print(e)
print(Drawable.__abstractmethods__, Impl.__abstractmethods__)

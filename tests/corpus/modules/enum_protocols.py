# enum internals: member creation through __new__, value lookup, dir(), reserved names, _value_repr_
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()

print(dir(Color))
print(dir(Color.RED))
print(Color(1), Color._new_member_ is object.__new__, Color._value_repr_)
print(repr(Color.GREEN), Color['RED'])

class Num(IntEnum):
    ONE = 1
print(sorted(set(dir(Num)) - set(dir(int)) - {'__module__'}), repr(Num.ONE), Num._value_repr_ is int.__repr__)

class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = 1, 'ex'
    Y = 2, 'why'
print(Coord(2), Coord.Y.label, Coord.__new_member__ is Coord._new_member_, 'label' in dir(Coord.X))

try:
    class BadSuper(Enum):
        def __new__(cls, value):
            return super().__new__(cls, value)
        A = 1
except TypeError as e:
    print('TypeError:', e)

for body in ['mro = 1', '_any_ = 2', "_ignore_ = 'x'\n    x = 1\n    y = 2"]:
    try:
        ns = {}
        exec(f'class Wrong(Enum):\n    {body}\n', {'Enum': Enum}, ns)
        print(list(ns['Wrong']))
    except ValueError as e:
        print('ValueError:', e)

class Lazy(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.upper()
    a = auto()
print(type(Lazy.__dict__['_generate_next_value_']).__name__, Lazy.a.value)

try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)

class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'bad'
try:
    Missing(3)
except TypeError as e:
    print('TypeError:', e, type(e.__context__).__name__)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), repr(Perm(0)), list(Perm(7)))
class IPerm(IntFlag):
    R = 4
    W = 2
print(repr(IPerm(6)), repr(IPerm(9)), IPerm(6) | 1)
class Shade(StrEnum):
    LIGHT = auto()
print(repr(Shade.LIGHT), Shade('light'))

class Empty(Enum):
    pass
try:
    Empty(1)
except TypeError as e:
    print('TypeError:', e)

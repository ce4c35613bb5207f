# Enum creation rules: aliases by the member's own value, ReprEnum's str/format, auto() in tuples, _order_,
# data-type discovery, Flag boundaries and inversion, aliases added later, _convert_, global reprs.
import enum
import sys
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, ReprEnum, CONFORM, EJECT, KEEP, STRICT


class S(str, Enum):
    first = 1
    second = '2'
    third = 3
    dupe = '3'          # str(3) == '3': an alias of third


print(list(S), S.dupe is S.third, S('3'))


class Num(IntEnum):
    def __str__(self):
        return self.name.upper()
    one = 1


print(str(Num.one), format(Num.one), f'{Num.one:>5}', f'{Num.one}')


class Float(float, ReprEnum):
    half = 0.5


print(str(Float.half), format(Float.half, '.3f'), repr(Float.half))


class Pair(Enum):
    a = auto(), 'first'
    b = auto(), 'second'
    c, d = auto(), auto()


print([m.value for m in Pair])

for body in ("_order_ = 'b a'\n    a = 1\n    b = 2", "a = 1\n    def _generate_next_value_(n, s, c, l): return n\n    b = auto()"):
    try:
        exec(f"class E(Enum):\n    {body}\n    c = auto()")
    except TypeError as e:
        print('TypeError:', str(e).splitlines()[0])

try:
    class Huh(str, int, Enum):
        one = 1
except TypeError as e:
    print('TypeError:', str(e)[:30])
try:
    class Wrong(Enum, str):
        x = 'y'
except TypeError as e:
    print('TypeError:', e)


class Types(Enum):
    i = int
    s = str
    class Nested:
        pass


print(list(Types), Types.i.value, Types.Nested)


class Number(IntEnum):
    divisor = 1
    numerator = 2


print(Number.divisor.numerator, Number.numerator.divisor, Number.numerator)


class Book(StrEnum):
    author = 'author'
    title = 'title'


print(Book.title.title(), Book.author)


class Color(Flag):
    R = 1
    G = 2
    B = 4
    WHITE = 7
    NONE = None


print(~Color.R, Color.R | Color.G, list(Color.WHITE), Color(7), Color(0))
try:
    Color.R | Color.NONE
except TypeError as e:
    print('TypeError:', e)
for boundary in (STRICT, CONFORM, EJECT, KEEP):
    class F(Flag, boundary=boundary):
        A = 1
        B = 2
        C = 8
    try:
        print(boundary, repr(F(11)), repr(F(-1)), repr(~F.A))
    except ValueError as e:
        print(boundary, 'ValueError:', str(e).splitlines()[0])


class Open(IntFlag):
    A = 1
    B = 2


class Mixed(int, Flag):
    A = 1
    B = 2


print(repr(~Open.A), repr(~Mixed.A), repr(Open(9)))


class Animal(Enum):
    cat = 1
    dog = 2


Animal.cat._add_alias_('kitty')
Animal.dog._add_value_alias_('woof')
print(Animal.kitty, Animal['kitty'], Animal('woof'), list(Animal))

CONST_B = 2
CONST_A = 1
CONST_C = 2
Const = IntEnum._convert_('Const', __name__, lambda name: name.startswith('CONST_'))
print(list(Const), Const(2).name, sys.modules[__name__].CONST_A)


@enum.global_enum
class Bits(IntFlag, boundary=KEEP):
    LOW = 1
    HIGH = 2


print(repr(Bits.LOW | Bits.HIGH | 8), repr(Bits(0)))


class Ord(Enum):
    a = 1


class AlwaysEq:
    def __eq__(self, other):
        return True


print(Ord.a == AlwaysEq(), AlwaysEq() == Ord.a, Ord.a != AlwaysEq())

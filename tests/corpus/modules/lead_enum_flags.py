"""Enum, IntEnum, StrEnum, Flag, IntFlag: auto values in the class body, pseudo-members, the functional API."""
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = R | W | X


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
    NONE = 0


print(list(Perm), list(Opt), Opt.AB, repr(Opt.AB), Opt(3) is Opt.AB, Opt.NONE, repr(Opt(0)))
print(list(Opt.__members__))
print(Perm(7), repr(Perm(6)), list(Perm(5)), len(Perm(7)), bool(Perm(0)), Perm(0))
print(~Perm.R, Perm.R ^ Perm.W, Perm.R & Perm.W, (Perm.W | Perm.R).name, Perm(3).value)
print(Perm.R in Perm(6), Perm.X in Perm(6), str(Opt.A | Opt.C), Perm.RWX is Perm(7))
for bad in (8, -100, "x"):
    try:
        Perm(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Mode.R | Mode.W, repr(Mode.R | 8), Mode.R + 1, str(Mode.R), f"{Mode.W}", Mode(7), ~Mode.R, repr(Mode(0)))
print(isinstance(Mode.R, int), Mode.R == 4, list(Mode(5)), Mode.R | 1, 1 | Mode.R, repr(Mode.W & 3))

Color = Enum('Color', 'RED GREEN BLUE')
print(list(Color), Color.RED.value, Color(2), repr(Color['BLUE']))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape.SQUARE, Shape(3), repr(Shape.TRIANGLE), len(Shape))
Pairs = Enum('Pairs', {'a': 'x', 'b': 'y'})
print(Pairs.a.value, list(Pairs), Pairs('y'))
Bits = Flag('Bits', 'ONE TWO FOUR')
print(list(Bits), Bits.ONE | Bits.FOUR, repr(Bits(6)))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)


class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()


print(Lower.ALPHA, repr(Lower.BETA), Lower.ALPHA == "alpha", Lower("beta"), f"{Lower.ALPHA:>8}|")


class Shifted(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    X = auto()
    Y = auto()


print(list(Shifted), Shifted.Y.value)


class Level(IntEnum):
    LOW = 1
    HIGH = 3

    @classmethod
    def _missing_(cls, value):
        return cls.LOW


print(Level(99), Level.HIGH > Level.LOW, sorted([Level.HIGH, Level.LOW]), Level.HIGH * 2, f"{Level.HIGH:03d}")
print(1 in Level, 2 in Level, Level.LOW in Level, {Level.LOW: "low"}[1])
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.name, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), type(Color.RED), Color)
print(Perm, Mode, Perm.R.__class__.__name__, [m.name for m in Perm])

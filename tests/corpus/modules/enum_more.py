from enum import Enum, IntEnum, auto, unique, StrEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    @property
    def hex(self):
        return {1: '#f00', 2: '#0f0', 3: '#00f'}[self.value]

    def describe(self):
        return f'{self.name.lower()} is {self.hex}'


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


class Dir(StrEnum):
    N = auto()
    S = auto()


print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.RED.name, Color.RED.value, Color.BLUE.describe())
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
print({c: c.value for c in Color}, sorted(Color, key=lambda c: -c.value))
print(f'{Planet.EARTH.surface_gravity:.2f}', Planet.MERCURY.mass, Planet.EARTH.value)
print(Level.HIGH > Level.LOW, Level.MID + 1, Level(2), sorted([Level.HIGH, Level.LOW]), int(Level.MID), Level.MID == 2)
print(Dir.N, Dir.S.upper(), Dir.N == 'n', repr(Dir.S))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2).name, Shape.__members__.keys())
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('matched green')

from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color))
print(list(Color), [c.name for c in Color])
print(Color.RED.describe(), Color.default(), isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED in Color, 1 in Color)
print(sorted(Color.__members__), {Color.RED: "r"}[Color.CRIMSON])
print(f"{Color.GREEN}", str(Color.BLUE), Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = 10
    HEX = auto()
print([(s.name, s.value) for s in Shape])

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Priority.MID, repr(Priority.HIGH), Priority.LOW < Priority.HIGH, Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(10), Priority.LOW == 1, f"{Priority.HIGH:>4}", int(Priority.MID), [int(p) for p in Priority])

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode.WRITE.upper())

match Color.BLUE:
    case Color.RED:
        print("red")
    case Color.BLUE:
        print("matched blue")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Color.PURPLE

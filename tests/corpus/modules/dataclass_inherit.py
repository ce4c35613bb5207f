from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, is_dataclass, asdict


@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list)


@dataclass
class User(Base):
    name: str = 'anon'
    active: bool = True


@dataclass(kw_only=True)
class Settings:
    theme: str = 'dark'
    size: int = 12


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


@dataclass
class Temp:
    celsius: float
    scale: InitVar[str] = 'C'
    kelvin: float = field(init=False)

    def __post_init__(self, scale):
        if scale == 'F':
            self.celsius = (self.celsius - 32) * 5 / 9
        self.kelvin = round(self.celsius + 273.15, 2)


u = User(1, ['x'], 'ann')
print(u, [f.name for f in fields(u)], is_dataclass(u), is_dataclass(User), asdict(u))
print(Settings(size=14), Mixed(1, c=9), Temp(212, 'F'), Temp(0))
try:
    Settings('light')
except TypeError as e:
    print('TypeError', e)
try:
    Mixed(1, 2)
except TypeError as e:
    print('TypeError', e)
print(User(2) == User(2), User(2) == Base(2), repr(Base(3)))

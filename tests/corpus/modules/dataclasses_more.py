from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, make_dataclass
@dataclass
class Account:
    owner: str
    secret: InitVar[str] = "s"
    _: KW_ONLY
    balance: float = 0.0
    log: list = field(default_factory=list, repr=False)
    def __post_init__(self, secret):
        self.hashed = len(secret)
a = Account("ann", "xyz", balance=5)
print(a, a.hashed, [f.name for f in fields(a)])
try:
    Account("bob", "s", 1.0)
except TypeError as e:
    print("TypeError:", e)
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default="x", hash=False)
print(hash(Key(1, "p")) == hash(Key(1, "q")), Key(1) == Key(1, "x"))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__ is not None)
C = make_dataclass("C", [("x", int), ("y", int, 5)])
print(C(1), C(1, 2).y)
@dataclass
class WithClassVar:
    count = 0
    x: int = 1
print(WithClassVar(), WithClassVar.count)
@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))

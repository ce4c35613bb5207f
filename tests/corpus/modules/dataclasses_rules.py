# dataclasses: generated __init__ signature and docstring, hash table, frozen inheritance, slots, recursion
import inspect
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar
from typing import List, Optional

@dataclass
class C:
    x: int
    y: List[int] = field(default_factory=list)
    z: Optional[int] = None
    _: KW_ONLY
    k: int = 0
print(C.__doc__)
print(inspect.signature(C.__init__))
print(C(1), C(1, [2], 3, k=4))
print(C.__dataclass_params__)
print(fields(C)[0].metadata, len(fields(C)[0].metadata))

@dataclass
class R:
    f: "R"
r = R(None)
r.f = r
print(r)

@dataclass(frozen=True)
class Base:
    a: int
for frozen in (False, True):
    try:
        @dataclass(frozen=frozen)
        class D(Base):
            b: int = 0
        print('ok', D(1))
    except TypeError as e:
        print('TypeError:', e)

for kwargs in ({'unsafe_hash': True}, {'eq': True, 'frozen': True}, {'eq': True}, {'eq': False}):
    try:
        @dataclass(**kwargs)
        class H:
            a: int = 0
            def __hash__(self):
                return 7
        print(kwargs, hash(H()))
    except TypeError as e:
        print(kwargs, 'TypeError:', e)
    @dataclass(**kwargs)
    class NoHash:
        a: int = 0
    print(NoHash.__hash__ is None, NoHash.__hash__ is object.__hash__)
try:
    @dataclass(unsafe_hash=True)
    class H2:
        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError:', e)

for make in [lambda: field(default_factory=list, metadata=0),
             lambda: dataclass(type('X', (), {'__annotations__': {'a': list}, 'a': []}))]:
    try:
        make()
        print('made')
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

@dataclass(slots=True)
class S:
    a: int
    b: int = field(default=5, init=False)
s = S(1)
print(S.__slots__, s, hasattr(s, '__dict__'))
try:
    @dataclass(weakref_slot=True)
    class W:
        a: int
except TypeError as e:
    print('TypeError:', e)

@dataclass
class P:
    a: int
    b: InitVar[int] = 2
    c: int = field(init=False, default=0)
    def __post_init__(self, b):
        self.c = self.a * b
print(P(3), P(3, 5))

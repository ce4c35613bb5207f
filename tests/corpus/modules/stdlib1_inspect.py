import functools
import inspect
import sys

def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

        Indented detail line.
    Last line.
    """
    return a

def annotated(x: int, y: "str" = "s", /, z: list[int] | None = None, *, flag: bool = False) -> dict:
    pass

def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name, sides=3):
        self.name = name

    def area(self):
        """Compute the area."""
        return 0

    @classmethod
    def make(cls, n):
        return cls("x", n)

    @staticmethod
    def helper(v):
        return v

    @property
    def label(self):
        return self.name

class Square(Shape):
    def area(self):
        return 1

for obj in (plain, gen, coro, agen, Shape, Shape.area, Shape("t").area, len, sys, gen(), lambda: 0):
    print(getattr(obj, "__name__", type(obj).__name__),
          [inspect.isfunction(obj), inspect.isclass(obj), inspect.ismethod(obj), inspect.ismodule(obj),
           inspect.isbuiltin(obj), inspect.isroutine(obj), inspect.isgeneratorfunction(obj),
           inspect.isgenerator(obj), inspect.iscoroutinefunction(obj), inspect.isasyncgenfunction(obj)])

sig = inspect.signature(plain)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, repr(p.default) if p.default is not p.empty else "-")
print(inspect.signature(annotated))
print(inspect.signature(annotated).return_annotation)
print(inspect.signature(Shape))
print(inspect.signature(Shape.area), inspect.signature(Shape("q").area))
print(inspect.signature(Shape.make), inspect.signature(Shape.helper))
print(inspect.signature(lambda x, *y: None))

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

@deco
def wrapped(p, q=1):
    pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(functools.partial(plain, 1, c=3)))

class CallMe:
    def __call__(self, v, w=0):
        return v
print(inspect.signature(CallMe()))

ba = sig.bind(1, 2, 3, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"c": 1, "a": 3})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(inspect.signature(annotated).bind_partial(1))

P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
                        P("k", P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(s2, s2 == inspect.Signature(list(s2.parameters.values()), return_annotation=str))
print(str(P("x", P.VAR_KEYWORD)), repr(P("y", P.KEYWORD_ONLY, default=None)))
try:
    P("x", P.VAR_POSITIONAL, default=1)
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)

print(inspect.getdoc(plain))
print(inspect.getdoc(Square.area), inspect.getdoc(Square))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print([name for name, _ in inspect.getmembers(Square) if not name.startswith("_")])
print([name for name, _ in inspect.getmembers(Shape("z"), inspect.ismethod) if not name.startswith("_")])
print([name for name, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(inspect.getmro(Square))
print(inspect.isabstract(Shape), inspect.getmodule(plain).__name__, inspect.unwrap(wrapped).__name__)
print(inspect.getfullargspec(plain))
print(inspect.getcallargs(plain, 1, c=2))

def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, inspect.stack()[0].function, inspect.stack()[1].function

def outer_fn():
    return where()
print(outer_fn())
print(inspect.getsource(Shape.area), end="")
print(inspect.getsource(deco), end="")
print(inspect.getsourcelines(wrapped)[1])

import collections
import dataclasses

@dataclasses.dataclass
class Q:
    a: int
    tags: list = dataclasses.field(default_factory=list)
    _: dataclasses.KW_ONLY
    k: str = "z"

print(inspect.signature(Q))
print(inspect.signature(collections.namedtuple("D", "x y", defaults=[5])))

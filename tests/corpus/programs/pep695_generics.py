# PEP 695/696: generic functions, classes, aliases; lazy bounds/defaults; scoping
def first[T](xs: list[T]) -> T:
    return xs[0]

print(first([3, 4]), first.__type_params__, first.__annotations__)

class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
    def map[S](self, f: "Callable[[T], S]") -> "Stack[S]":
        out = Stack[S]()
        for i in self.items:
            out.push(f(i))
        return out

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), type(s).__name__, Stack.__type_params__, Stack.__parameters__, Stack[int])
print(s.__orig_class__, Stack.map.__type_params__, Stack.map.__qualname__)
print(Stack.__mro__, Stack.__orig_bases__)

class Later[T: Forward]:
    pass

class Forward: pass
(T,) = Later.__type_params__
print(T.__bound__, T.__name__)

type Pair[A, B = int] = tuple[A, B]
print(Pair, Pair.__value__, Pair.__type_params__[1].__default__, Pair.__type_params__[1].has_default(), Pair[str, float])

type Json = dict[str, Json] | list[Json] | str | int | None
print(Json.__value__)

calls = []
def bound():
    calls.append(1)
    return int
class Lazy[T: bound()]: pass
print(calls)
Lazy.__type_params__[0].__bound__
Lazy.__type_params__[0].__bound__
print(calls)

def outer():
    local = str
    def inner[T: local](x: T) -> T:
        return x
    return inner

f = outer()
print(f.__type_params__[0].__bound__, f(5), f.__qualname__)

def variadic[*Ts, **P](*args: *Ts) -> None: pass
Ts, P = variadic.__type_params__
print(Ts, P, P.args, P.kwargs, variadic.__annotations__)

class Base: pass
class Derived[T](Base, metaclass=type):
    x: T
print(Derived.__bases__, Derived.__annotations__, Derived.__type_params__)

def deco(fn):
    fn.decorated = True
    return fn

@deco
def decorated[T](a: T = 5, *, b: T = 6) -> tuple[T, T]:
    return a, b
print(decorated(), decorated.decorated, decorated.__defaults__, decorated.__kwdefaults__)

type Alias = int
try:
    Alias[int]
except TypeError as e:
    print("TypeError:", e)
print(int | str, int | None, list[int] | None, (int | str).__args__, isinstance(3, int | str))

def f[T, *Ts, **P](x: T) -> T: return x
T, Ts, P = f.__type_params__
print(repr(T), repr(Ts), repr(P), type(T), type(Ts), type(P), T.__module__)
print(T.__bound__, T.__constraints__, T.__default__, T.has_default(), T.__infer_variance__, T.__covariant__)
print(P.args, P.kwargs, list[T], list[*Ts], T | int, int | T, tuple[*Ts])
class C[T: (int, str) = int](list): pass
print(C.__type_params__, C.__mro__, C.__bases__, C.__orig_bases__, C.__parameters__)
U, = C.__type_params__
print(U.__constraints__, U.__default__, U.has_default(), C[int], type(C[int]), C[int]())
type A[K] = dict[K, int]
print(A, type(A), A.__value__, A.__type_params__, A.__name__, A[str], type(A[str]), A.__module__, A.__parameters__)
type B = int | str
print(B.__value__, B.__type_params__, repr(B))
import typing
print(typing.TypeVar, type(T) is typing.TypeVar, isinstance(P, typing.ParamSpec), typing.TypeAliasType)
print(typing.NoDefault, f.__type_params__)
X = typing.TypeVar('X'); print(repr(X), X.__infer_variance__)
class D[T]:
    def m[S](self, a: S) -> T: pass
print(D.m.__type_params__, D.m.__qualname__, D.m.__annotations__, f.__qualname__)
try: A()
except TypeError as e: print(e)
def g[T=int](): pass
print(g.__type_params__[0].__default__)
type R = Undefined
try: R.__value__
except NameError as e: print(e)

# typing's generic aliases: substitution, reprs, equality and caching, Callable, Tuple, Union/Optional,
# Literal, Annotated, ParamSpec/Concatenate, TypeVarTuple, get_origin/get_args.
import collections.abc
import typing
from typing import (Annotated, Any, Callable, Concatenate, Dict, Generic, List, Literal, Optional, ParamSpec,
                    Tuple, TypeVar, TypeVarTuple, Union, Unpack, get_args, get_origin)

T = TypeVar('T')
KT = TypeVar('KT')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')

print(Dict[str, T], Dict[str, T][int], List[T].__parameters__, Dict[KT, List[T]][str, int])
print(Callable[[int, str], bool], Callable[..., T][int], Callable[P, T][[int, str], bool])
print(Callable[Concatenate[int, P], T], Callable[Concatenate[int, P], T][[str], bool])
print(Tuple[int, ...], Tuple[()], tuple[*Ts][int, str], Tuple[Unpack[Ts]], tuple[int, *tuple[str, ...]])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), Union[int, int], Union[int, None])
print(Optional[Union[int, str]], Union[int, Union[str, bytes]], Union[int, str] is Union[int, str])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[Literal[1], 2])
print(Annotated[int, 'meta'], Annotated[Annotated[int, 'a'], 'b'].__metadata__, Annotated[List[T], 'x'][int])
print(get_origin(List[int]), get_origin(Annotated[int, 1]), get_origin(int | str), get_origin(Generic))
print(get_args(Callable[[int], str]), get_args(Dict[str, int]), get_args(Annotated[int, 1, 2]), get_args(int))
print(collections.abc.Callable[[int], str], collections.abc.Callable[P, T][[int], str], list[T][int])
print(collections.abc.Iterable[int], (int | list[T])[str], typing.Pattern[str])
print(repr(Any), repr(typing.NoReturn), repr(P.args), repr(P.kwargs), T, TypeVar('U', covariant=True))


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value


class Pair(Box[T], Generic[T, KT]):
    pass


b = Box[int](3)
print(Box[int], Box.__parameters__, Pair.__parameters__, Pair[int, str], b.value, b.__orig_class__)
print(Box[int] == Box[int], hash(Box[int]) == hash(Box[int]), Box.__orig_bases__)


class New[X, *Ys, **Q]:
    pass


print(New.__type_params__, New.__parameters__, New[int, str, bytes, [float]])
for bad in (lambda: Generic[int], lambda: Box[int, str], lambda: Union[()], lambda: isinstance(1, List[int]),
            lambda: Callable[int], lambda: Optional[int, str], lambda: Literal[1]()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Sub(Union[int, str]):
        pass
except TypeError as e:
    print('TypeError:', e)

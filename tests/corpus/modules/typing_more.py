from typing import (Any, Callable, Dict, Iterable, Iterator, List, Literal, NamedTuple, Optional, Protocol,
                    Sequence, Set, Tuple, TypeVar, Union, Generic, cast, get_args, get_origin, TYPE_CHECKING, Final,
                    ClassVar, overload)

T = TypeVar('T')
K = TypeVar('K')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)


class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: float = 0.0


class Greeter(Protocol):
    def greet(self, who: str) -> str: ...


class English:
    def greet(self, who: str) -> str:
        return f'Hello {who}'


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


def mode(kind: Literal['r', 'w']) -> str:
    return kind


def count_up(n: int) -> Iterator[int]:
    yield from range(n)


s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), len(s), Stack[str], apply(lambda v: v * v, [1, 2, 3]), first([]), first('abc'))
e = Employee('ann', salary=10.5)
print(e, e._fields, e._replace(dept='ops'), Employee._field_defaults)
print(English().greet('bo'), mode('r'), list(count_up(3)), cast(int, '3'), TYPE_CHECKING)
print(Optional[int], Union[int, str], Union[int, None], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[str]), get_origin(Union[int, str]))
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(apply.__annotations__, first.__annotations__['return'])
MAX: Final = 10
class Cfg:
    registry: ClassVar[Dict[str, int]] = {}
    name: str = 'x'
print(MAX, Cfg.registry, Cfg.__annotations__ if False else sorted(Cfg.__annotations__), T, K.__name__)
print(list[int], dict[str, tuple[int, ...]], int | None, isinstance(3, int | str))

from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, Iterable, NamedTuple, cast
from dataclasses import dataclass

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

def total(xs: Iterable[int], f: Callable[[int], int] = abs) -> int:
    return sum(f(x) for x in xs)

def lookup(d: Dict[str, Union[int, str]], k: str) -> Any:
    return d.get(k)

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop())
print(total([-1, 2, -3]), lookup({"a": 1}, "a"), cast(int, "x"))
print(List[int], Optional[str], Dict[str, List[int]], Union[int, str], Tuple[int, ...], T)
print(total.__annotations__["return"], Optional[int] == Union[int, None])

class Pair(NamedTuple):
    left: int
    right: str = "r"
p = Pair(1)
print(p, p.left, p._fields, Pair(2, "x") == (2, "x"))

@dataclass
class Item:
    name: str
    tags: List[str]
    price: Optional[float] = None
print(Item("a", ["t"]))

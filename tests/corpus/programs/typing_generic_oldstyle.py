from typing import TypeVar, Generic, Protocol, Optional, List
T = TypeVar('T')
K = TypeVar('K', bound=int)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
class Pair(Generic[T, K]):
    pass
class Sized(Protocol):
    def size(self) -> int: ...
s = Stack[int]()
s.push(3)
print(s.items, Stack.__parameters__, Pair.__parameters__, Stack[int], T, K, K.__bound__, repr(Optional[int]))
print(Stack.__mro__, Pair[int, int], Stack.__orig_bases__)
class Sub(Stack[str]): pass
print(Sub.__mro__, Sub.__parameters__)

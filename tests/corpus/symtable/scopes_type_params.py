"""PEP 695/696: generic functions, classes and type aliases; bounds, constraints and defaults."""
from typing import Callable


def first[T](items: list[T], default: T = None, *, key=None) -> T:
    return items[0] if items else default


class Box[T: (int, str), *Ts, **P]:
    def __init__(self, item: T) -> None:
        self.item = item

    def apply[R](self, fn: Callable[P, R]) -> R:
        return fn

    type Alias = list[T]


type Pair[K, V = int] = tuple[K, V]
type Simple = int | str


class Plain:
    helper = int

    def method[U: helper](self, u: U) -> U:
        return u

    type Inner[W] = dict[W, helper]

"""Annotations: module, class and function bodies, parameters and returns."""
from typing import Any

count: int = 0
name: str


class Point:
    x: float
    y: float = 0.0
    label: "str"

    def move(self, dx: float, *args: Any, dy: float = 0.0, **kw: Any) -> "Point":
        scale: float = 1.0
        unused: list
        return self


def outer():
    kind = int

    def inner():
        value: kind = 3
        return value
    return inner

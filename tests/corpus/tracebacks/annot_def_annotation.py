import sys


def ok(a: int) -> str:
    pass


def broken(a: int,
           b: list[undefined_type] = None) -> None:
    pass

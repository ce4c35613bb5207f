import x  # type: ignore
y = 1  # type: int
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
for i in y:  # type: int
    pass
with y as z:  # type: int
    pass
z = 2  # type: ignore[attr-defined]

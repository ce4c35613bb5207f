"""A class's __qualname__ starts as its name and is its own attribute afterwards: renaming the class does not rename
its qualified name (test_datetime's load_tests appends a suffix to both)."""


class A:
    pass


B = type("B", (), {})
for cls in (A, B):
    cls.__name__ += "_X"
    cls.__qualname__ += "_X"
    print(cls.__name__, cls.__qualname__, repr(cls).split(".")[-1])


def make():
    class Inner:
        pass
    return Inner


C = make()
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__)

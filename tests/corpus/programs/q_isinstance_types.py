checks = [(1, int), (True, int), (1.0, float), ("s", str), ([], list), ((), tuple), ({}, dict), (None, type(None)),
          (int, type), (type, type), (object, object), (len, object), (1, (str, float)), (b"", bytes)]
print([isinstance(v, t) for v, t in checks])
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type))
print(type(1) is int, type(True) is bool, type(type) is type, type(object) is type, type(None).__name__)
print(int.__name__, int.__mro__, bool.__bases__, str.__base__, object.__bases__)
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), type(B()) == A, B.__mro__[-1] is object)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)

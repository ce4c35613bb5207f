# Descriptor and special-method rules CPython's Lib/test checks (test_descr, test_builtin).

# A data descriptor with __set__ but no __get__ yields to the instance dict on reads.
class SetOnly:
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class X:
    a = SetOnly("a")

x = X()
print(type(x.a).__name__)
x.a = 42
print(x.a)

# A class __doc__ that is a descriptor is bound to the class.
class DocDescr:
    def __get__(self, obj, owner):
        return f"obj={obj is not None} owner={owner.__name__}"

class WithDoc:
    __doc__ = DocDescr()

print(WithDoc.__doc__)
print(WithDoc().__doc__)

# Special methods are looked up on the type and bound through their descriptors.
class Binder:
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        print("bind", self.impl.__name__)
        return self.impl.__get__(obj, owner)

def _getattr(self, name):
    return "missing:" + name

def _repr(self):
    return "<R>"

def _index(self):
    return 3

class Hooks:
    __getattr__ = Binder(_getattr)
    __repr__ = Binder(_repr)
    __index__ = Binder(_index)

h = Hooks()
print(h.anything)
print(repr(h))
print([10, 20, 30, 40][h])

# A classmethod __new__ gets the class bound first.
class CM:
    @classmethod
    def __new__(*args):
        return args

print(CM(1, 2) == (CM, CM, 1, 2))

# An unbound super stored in a class binds to the instance it is read through.
class A:
    def meth(self):
        return "A"

class B(A):
    def meth(self):
        return "B" + self._B__super.meth()

B._B__super = super(B)
print(B().meth())

# __dict__ can be replaced and deleted; getset/member descriptors have __set__/__delete__.
class P:
    pass

p = P()
p.__dict__ = {"k": 1}
print(p.k)
del p.__dict__
print(p.__dict__)

class S:
    __slots__ = ("v", "__w")

s = S()
S.__dict__["v"].__set__(s, 5)
print(S.__dict__["v"].__get__(s, S), "_S__w" in S.__dict__)
S.__dict__["v"].__delete__(s)
print(hasattr(s, "v"))
try:
    S.__dict__["v"].__get__(1, int)
except TypeError as e:
    print(e)

# Built-in methods called through their class check the type of self.
try:
    bytes.hex(1)
except TypeError as e:
    print(e)
print(len.__call__([1, 2]), (lambda: 7).__call__.__call__())

# object.__new__/__init__ with extra arguments
class OverrideNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)

try:
    OverrideNew(1)
except TypeError as e:
    print(e)

class Plain:
    pass

try:
    Plain(1)
except TypeError as e:
    print(e)

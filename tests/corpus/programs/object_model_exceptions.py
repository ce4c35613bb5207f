# Exception rules from test_exceptions / test_exception_group.
import pickle
import sys

# A generator keeps its own handled exception: it neither leaks into nor sees the caller's.
def gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exception()
    yield sys.exception()

g = gen()
print(repr(next(g)), sys.exception())
print(next(g))
try:
    raise TypeError("outer")
except TypeError:
    g = gen()
    print(repr(next(g)), repr(sys.exception()))
    print(repr(next(g)))

# Raising an exception already in the context chain cuts the chain instead of making a cycle.
try:
    try:
        raise ValueError("a")
    except ValueError as a_:
        a = a_
        try:
            raise KeyError("b")
        except KeyError as b_:
            b = b_
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(b.__context__))

# __notes__ is a plain attribute
e = ValueError(1)
e.add_note("first")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
e.__notes__ = 7
try:
    e.add_note("x")
except TypeError as err:
    print(err)
del e.__notes__
print(hasattr(e, "__notes__"))

# name/obj of lookup errors; checked attributes
class Obj:
    pass

try:
    Obj().missing
except AttributeError as err:
    print(err.name, type(err.obj).__name__)
try:
    undefined_name
except NameError as err:
    print(err.name)
for attr, value in (("__traceback__", 1), ("__cause__", 1), ("__context__", 1)):
    try:
        setattr(Exception(), attr, value)
    except TypeError as err:
        print(err)
try:
    del Exception().args
except TypeError as err:
    print(err)
try:
    BaseException(a=1)
except TypeError as err:
    print(err)

x = Exception(42)
x.__setstate__({"extra": 1, "args": (1, 2)})
print(x.args, x.extra, x.__reduce__())
print(pickle.loads(pickle.dumps(ImportError("m", name="n", path="p"))).path)
imp = ImportError("m", name="n")
imp.__init__()
print(imp.msg, imp.name)
u = UnicodeEncodeError("enc", "xxxxx", 1, 5, "why")
u.end = 2
print(u)
try:
    SyntaxError("bad", ("f.py", 1, 2))
except TypeError as err:
    print(err)

# exception groups
for args in (("x",), (1, [ValueError()]), ("x", {ValueError()}), ("x", [])):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

class MyEG(ExceptionGroup):
    pass

try:
    MyEG("eg", [ValueError(1), KeyboardInterrupt()])
except TypeError as err:
    print(err)

class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message, excs)

eg = Derived("eg", [ValueError(1), TypeError(2)])
eg.add_note("note")
match, rest = eg.split(TypeError)
print(type(match).__name__, repr(match), match.__notes__, repr(rest))
try:
    eg.split("not a type")
except TypeError as err:
    print(err)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42

try:
    BadDerive("eg", [ValueError(1), TypeError(2)]).subgroup(TypeError)
except TypeError as err:
    print(err)

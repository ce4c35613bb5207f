# print() to a file object makes one write() per argument, separator and end, then flush() when asked; which
# objects can be weakly referenced (CPython's built-in ones that cannot). Classes whose __slots__ lack __weakref__
# are left out: pytk does not refuse them yet (its shipped modules define some C types that way).
import sys
import weakref


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("a", 1, [2], sep="--", end="!\n", file=r)
print(file=r, flush=True)
print("x", "y", file=r, sep="")
print(r.calls)
saved, sys.stdout = sys.stdout, None
print("nothing happens")
sys.stdout = saved


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class SubSlotted(Slotted):
    __slots__ = ("b",)


class FromPlain(Plain):
    __slots__ = ("c",)


class MyError(ValueError):
    pass

for value in [None, False, 0, 1.5, "s", b"b", (), [], {}, ..., NotImplemented, range(2), slice(1), object(),
              property(), ValueError(), MyError(), Plain(), SlottedWeak(), FromPlain(),
              {1}, frozenset(), len, Plain, iter(()), (x for x in ())]:
    for make in (weakref.ref, lambda v: weakref.finalize(v, lambda: None)):
        try:
            make(value)
            verdict = "ok"
        except TypeError as e:
            verdict = str(e)
        print(type(value).__name__, verdict)

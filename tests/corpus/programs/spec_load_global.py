# LOAD_GLOBAL specializes after a few runs (module globals and builtins read at a cached entry); every way of
# changing the globals or builtins between calls must be seen by the specialized instruction.
import builtins
import sys
import types

counter = 0


def read():
    return counter, len("abc"), abs(-2)


def warm(fn, n=40):
    for _ in range(n):
        fn()


warm(read)
print("start", read())

counter = 5                                   # STORE_GLOBAL overwrite
print("store", read())
globals()["counter"] = 6                      # through globals()
print("globals()", read())
sys.modules[__name__].counter = 7             # setattr on the module
print("setattr", read())
sys.modules[__name__].__dict__["counter"] = 8  # the module's __dict__
print("__dict__", read())
vars(sys.modules[__name__]).update(counter=9)  # dict.update on the namespace
print("update", read())

del counter                                   # a deleted global is a NameError
try:
    read()
except NameError as e:
    print("deleted:", e)
globals().setdefault("counter", 10)
print("setdefault", read())
globals().pop("counter")
try:
    read()
except NameError as e:
    print("popped:", e)
counter = 11
print("re-added", read())

# Many new globals (the namespace grows and is copied to a larger table) between calls.
for i in range(200):
    globals()[f"g{i}"] = i
warm(read)
print("after growth", read())
for i in range(200):
    del globals()[f"g{i}"]
print("after shrink", read())

# A global shadowing a builtin appears after the builtin was cached, then goes away.
warm(read)
len = lambda s: 100
print("shadowed len", read())
del len
print("unshadowed len", read())
globals()["abs"] = lambda x: "global abs"
print("shadowed abs", read())
del globals()["abs"]
print("unshadowed abs", read())

# The builtins module itself changes.
warm(read)
saved_abs = builtins.abs
builtins.abs = lambda x: "patched"
print("patched builtin", read())
builtins.__dict__["abs"] = lambda x: "patched via __dict__"
print("patched __dict__", read())
del builtins.abs
try:
    read()
except NameError as e:
    print("no builtin:", e)
builtins.abs = saved_abs
print("restored", read())

# Same code, other globals: each function sees its own namespace.
other = {"counter": "other", "__builtins__": builtins}
read2 = types.FunctionType(read.__code__, other)
for _ in range(30):
    a, b = read(), read2()
print("two namespaces", a, b)
other["counter"] = "other2"
print("other changed", read(), read2())
other.clear()
other["__builtins__"] = builtins
try:
    read2()
except NameError as e:
    print("cleared:", e)
other["len"] = lambda s: -1
other["counter"] = 0
print("other shadows len", read2(), read())

# exec'd code in a fresh namespace, run many times with changes in between.
ns = {}
exec("def h():\n    return total + max(1, 2)\ntotal = 1", ns)
results = []
for k in range(30):
    if k == 10:
        ns["total"] = 100
    if k == 20:
        ns["max"] = min
    results.append(ns["h"]())
print("exec namespace", results[::5])


# Generators and comprehensions read globals too (their frames have no thread of their own).
def gen():
    for _ in range(3):
        yield counter


warm(lambda: list(gen()))
counter = "gen"
print("generator", list(gen()), [counter for _ in range(2)])


# A global changed by the function it is read in, in a loop.
def bump(n):
    global counter
    counter = 0
    for _ in range(n):
        counter = counter + 1
        if counter == n // 2:
            del counter
            counter = -1000
    return counter


print("bump", bump(50), bump(7))

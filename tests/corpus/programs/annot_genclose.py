"""A `for` loop over a freshly made generator closes it when left early, where CPython's refcount would."""
import sys


def gen(name, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", name)


def catcher(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit in", name)
        raise


print("break")
for x in gen("a"):
    print("  got", x)
    break
print("after break")


def returning():
    for x in gen("b"):
        return x


print("returned", returning())

print("exception in the body")
try:
    for x in gen("c"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


def propagates():
    for x in gen("d"):
        {}["missing"]


try:
    propagates()
except KeyError as e:
    print("caught KeyError", e)

print("stored first: not closed by the loop")
g = gen("e")
for x in g:
    break
print("  still suspended, next gives", next(g))
g.close()

print("GeneratorExit handler")
for x in catcher("f"):
    break
print("after f")

print("nested loops")
for x in gen("outer"):
    for y in gen("inner"):
        break
    break

print("exhausted normally")
for x in gen("short", 2):
    pass

print("keyword and star calls")
for x in gen("kw", n=5):
    break
args = ("star", 4)
for x in gen(*args):
    break


class Box:
    def items(self):
        try:
            yield "item"
        finally:
            print("  finally method")

    @staticmethod
    def static():
        try:
            yield "static"
        finally:
            print("  finally static")


for x in Box().items():
    break
for x in Box.static():
    break

print("break inside try/finally in the loop")
for x in gen("tf"):
    try:
        break
    finally:
        print("  loop finally first")

print("continue does not close")
for x in gen("cont", 2):
    continue
print("else clause")
for x in gen("else", 1):
    pass
else:
    print("  else ran")


def outer_gen():
    for x in gen("inside outer_gen"):
        yield x


print("closing an outer generator closes its loop's generator")
og = outer_gen()
next(og)
og.close()

print("unstarted generators have nothing to run")
for x in gen("empty", 0):
    break
print("done")


def bad():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


saved, sys.stderr = sys.stderr, Collect()
for x in bad():
    break
collected, sys.stderr = sys.stderr, saved
print("after bad: the error is reported, not raised")
report = "".join(collected.parts).splitlines()
print(report[0].split(" at 0x")[0])
print([line.split(", ", 1)[1] if line.startswith("  File") else line for line in report[1:]])

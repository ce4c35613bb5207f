# Loops that turn hot during their first run (the threaded loop takes the frame over at a loop head) and
# attribute sites that see several types: the results must not depend on where the hand-over happens.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


# A module-level loop with a handler inside it, hot long before it ends.
total = 0
caught = 0
for i in range(3000):
    try:
        if i % 7 == 0:
            raise ValueError(i)
        total += i * i
    except ValueError as e:
        caught += e.args[0] % 5
print("module loop", total, caught)


def polymorphic(n):
    shapes = [Point(1, -2), Point3(3, 4, -5), Slotted(6, 7), Point(-8, 9)]
    acc = 0
    for k in range(n):
        s = shapes[k % 4]
        acc += s.x - s.y
        s.x = s.x + 1 if k % 2 else s.x - 1
        if isinstance(s, Point):
            acc += s.norm1()
        if k == n // 2:
            # A class change in the middle of the loop: every cached lookup must notice.
            Point.norm1 = lambda self: 1000
    return acc


print("polymorphic", polymorphic(2000))


def nested(n):
    out = []
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j > i % 13:
                break
            if j % 3 == 0:
                continue
            out.append(i * j)
    return len(out), sum(out) % 1000003


print("nested", nested(1500))


def gen(n):
    i = 0
    while i < n:
        if i % 100 == 0:
            yield i
        i += 1
    return "done"


def drive():
    g = gen(5000)
    got = []
    while True:
        try:
            got.append(next(g))
        except StopIteration as e:
            return sum(got), e.value


print("generator", drive())


def late_error(n):
    x = 0
    for i in range(n):
        x += 1.5 * i
        if i == n - 1:
            return x / (i - i)
    return x


try:
    late_error(1000)
except ZeroDivisionError as e:
    print("late error:", e, e.__traceback__.tb_next.tb_lineno)


def unbound_after(n):
    for i in range(n):
        if i == n - 1:
            del i
            return i
    return None


try:
    unbound_after(500)
except UnboundLocalError as e:
    print("unbound:", e)

s = ""
words = ["a", "bc", "def"]
for i in range(1200):
    s = s + words[i % 3]
    if len(s) > 50:
        s = s[-10:]
print("strings", s)

# An uncaught exception from a hot loop: the traceback's line numbers must be the same in both loops.
def crash(n):
    d = {}
    for i in range(n):
        d[i] = i
    return d[n]


crash(400)

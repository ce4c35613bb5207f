# Special methods called as CPython's slots call them, sequence operators after the other operand's reflected
# method, list.copy, generator.throw's argument forms, StopIteration raised inside built-in iterators, and some
# formatting rules (c and s with width and zero padding, bytes % with %r/%a/%c/%b, dict views' hashing).


class C:
    @staticmethod
    def __sub__(rhs):
        return ('static sub', rhs)

    @classmethod
    def __add__(cls, rhs):
        return ('class add', cls.__name__, rhs)

    @staticmethod
    def __getitem__(item):
        return ('static get', item)

    @staticmethod
    def __len__():
        return 3

c = C()
print(c - 1, c + 2, c[5], len(c), bool(c))


class B:
    def __radd__(self, other):
        return f"B.__radd__({other!r})"

    def __rmul__(self, other):
        return f"B.__rmul__({other!r})"

print("a" + B(), [1] + B(), (1,) + B(), b"x" + B(), "ab" * B(), [0] * B())
try:
    "a" + 1
except TypeError as e:
    print(e)

a = [1, 2, []]
b = a.copy()
a.append(4)
a[2].append(1)
print(a, b, a is b)


def gen():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__, e.args)
        yield 2

for args in [(ValueError,), (ValueError, 7), (ValueError, (1, 2)), (ValueError, ValueError(3)), (ValueError(4),),
             (KeyError, None), (ValueError(5), 6), (5,), (ValueError, 1, 2)]:
    g = gen()
    next(g)
    try:
        print(args, "->", g.throw(*args))
    except Exception as e:
        print(args, "->", type(e).__name__, e)


class Iter:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, *args):
        print("delegate throw got", args)
        return 456


def delegating():
    yield from Iter()

g = delegating()
next(g)
print(g.throw(123), g.throw(ZeroDivisionError))


class Stops:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)

for label, it in [("next", lambda: next(Stops())), ("enumerate", lambda: next(enumerate(Stops()))),
                  ("map", lambda: next(map(lambda x: x, Stops()))), ("zip", lambda: next(zip(Stops())))]:
    try:
        it()
    except StopIteration as e:
        print(label, e.args)


def stop_at_3(x):
    if x < 3:
        return x
    raise StopIteration(444)

def via_map():
    print("yield from got", (yield from map(stop_at_3, range(10))))

print(list(via_map()), list(map(stop_at_3, range(10))))
for x in map(stop_at_3, range(10)):
    print("loop", x)

for spec, value in [("{:4c}", 48), ("{:<4c}", 48), ("{:06s}", "ab"), ("{:0s}", "ab"), ("{:06}", "ab"), ("{:06d}", -2),
                    ("{:x<06}", 5), ("{:06.2f}", -1.5)]:
    print(repr(spec.format(value)))
for fmt, args in [(b"%s|%b", (b"x", bytearray(b"y"))), (b"%r %a", ("s\xe9", b"b")), (b"%c%c", (65, b"B")),
                  (b"%(k)s", {b"k": b"v"}), (b"%5s|%-4b|", (b"a", b"b"))]:
    print(fmt % args)
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), ("%(a)s %s", {"a": 1})]:
    try:
        print(fmt % args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for view in [{}.keys(), {}.items()]:
    try:
        hash(view)
    except TypeError as e:
        print(e)
print(type(hash({}.values())).__name__)


class MyMap(map):
    pass


class MyEnumerate(enumerate):
    pass

print(list(MyMap(lambda x: x + 10, range(4))), next(MyEnumerate("ab")), list(MyMap(stop_at_3, range(10))))

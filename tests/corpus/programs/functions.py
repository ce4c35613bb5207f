def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter(); c(); c(); print(c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
def hello(n):
    """doc"""
    return "hi " * n
print(hello(2), hello.__name__)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
print((lambda *a, **k: (a, k))(1, x=2))
def doc():
    "A docstring."
print(doc.__doc__, doc(), f.__name__, f.__defaults__)
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(6); print(total)
def kwonly(*, a=1, b): return a, b
print(kwonly(b=2))

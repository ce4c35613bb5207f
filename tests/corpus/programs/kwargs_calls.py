def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(), show(1, 2), show(a=1), show(1, *[2, 3], 4, b=5, **{"c": 6}))
def f(a, b, c=3):
    return a + b + c
args = (1, 2)
print(f(*args), f(*args, c=10), f(b=5, a=1), f(**{"a": 1, "b": 1, "c": 1}))
try:
    f(1, 2, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def kw_only(*, x, y=2):
    return x, y
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)
def many(a, b, c, d):
    return a
try:
    many(1)
except TypeError as e:
    print("TypeError:", e)
print(dict(**{"x": 1}, y=2), max(*[3, 9, 2]), print(*"abc", sep="|"))

x = 1 + 2
print("hello", x)
def f(a, b=2):
    return a * b
print(f(3), f(3, b=5))
class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C({self.v!r})"
print([C(i) for i in range(3)])
d = {"a": 1, "b": [1, 2.5, None]}
print(d, {3, 1, 2}, (1,), 1/3, 10**20, 2**0.5)
for i in range(3):
    if i == 1:
        continue
    print(i, end=" ")
print()
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
def g():
    yield 1
    yield from [2, 3]
print(list(g()))
print(sorted([3,1,2], reverse=True), "%05.2f" % 3.14159, "{:>6}|{:<4}|".format("ab", 7))

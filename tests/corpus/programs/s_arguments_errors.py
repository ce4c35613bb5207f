def f(a, b=1, *, c): pass
calls = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, d=2), lambda: f(1, a=2, c=3), lambda: len(), lambda: len(1, 2), lambda: int(1, 2, 3)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class C:
    def m(self, x): pass
try:
    C().m()
except TypeError as e:
    print("TypeError:", e)
try:
    C.m(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

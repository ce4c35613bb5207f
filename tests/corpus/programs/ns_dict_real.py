class A:
    def __init__(self): self.x = 1; self.y = 2
a = A()
d = a.__dict__
print(type(d), isinstance(d, dict), d, type(vars(a)) is dict)
d['z'] = 3
print(a.z, list(d), list(d.items()), len(d), 'x' in d)
print(d == {'x': 1, 'y': 2, 'z': 3}, {'x': 1, 'y': 2, 'z': 3} == d)
print(d.get('q', 5), d.setdefault('w', 9), a.w, d.pop('w'), hasattr(a, 'w'))
print(dict(d), {**d}, d | {'k': 1}, sorted(d), d.copy(), type(d.copy()))
for k, v in d.items(): print(k, v)
g = globals()
g['newvar'] = 42
print(newvar, type(g), 'A' in g, g['__name__'])
def f(): pass
print(f.__globals__ is not None, type(f.__globals__), f.__globals__['newvar'])
try:
    for k in d: a.q = 1
except RuntimeError as e: print(e)
print(d.keys(), d.values())
d.update(m=1, n=2); print(a.m, a.n)
d.clear(); print(d, a.__dict__)
print(repr(vars(A()) ), str({}.__class__))
print(isinstance(globals(), dict), json := None)

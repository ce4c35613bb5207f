class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, o):
        if isinstance(o, Vec):
            return sum(a * b for a, b in zip(self.xs, o.xs))
        return Vec(*[a * o for a in self.xs])
    __rmul__ = __mul__
    def __eq__(self, o): return self.xs == o.xs
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __repr__(self): return f"Vec{tuple(self.xs)}"
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v * w, v * 2, 3 * v, v == Vec(1, 2, 3), len(v), v[1:], list(v))
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v - w
except TypeError as e:
    print("TypeError:", e)

class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, z): return self.x + self.y + z
    def __iadd__(self, o): self.x += o.x; self.y += o.y; return self
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a == V(1, 2), a != b, a < b, sorted([b, a]))
print(bool(V(0, 0)), len(a), a[1], list(a), 2 in a, a(10), {a, V(1, 2)})
c = a; c += b; print(a, c is a)
print(max([V(5, 5), V(1, 1)]), V(1, 1) > V(0, 0) if hasattr(V, "__gt__") else "no gt")
class R:
    def __radd__(self, o): return f"radd({o})"
    def __str__(self): return "str-R"
    def __format__(self, spec): return f"fmt[{spec}]"
print(1 + R(), str(R()), f"{R():abc}", format(R(), "x"))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2))
try:
    hash(Cmp(1))
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())

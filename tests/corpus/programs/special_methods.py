class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __delitem__(self, r):
        del self.rows[r]
    def __len__(self): return len(self.rows)
    def __matmul__(self, o): return "matmul"
    def __repr__(self): return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], len(m), m @ m, m)
del m[0]; print(m)
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, *a): print("exit", self.name); return False
with Ctx("a") as x, Ctx("b") as y:
    print("inside", x, y)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), Ord(1) < Ord(2), Ord(2) >= Ord(2), max(Ord(5), Ord(7)))
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return round(self.v, n)
print(int(Num(3.7)), float(Num(2)), [10, 20, 30][Num(1)], round(Num(2.567), 1), hex(Num(255)))
class Truthy:
    def __len__(self): return 0
print(bool(Truthy()), "yes" if Truthy() else "no")
class Hashable:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
print(len({Hashable(1), Hashable(1), Hashable(2)}))

a = [1, 2]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
class N:
    def __init__(self): self.children = []
    def __repr__(self): return f"N({self.children})"
n = N(); n.children.append(N())
print(n, [[], [[]]], ((),), {"a": [{"b": ()}]})

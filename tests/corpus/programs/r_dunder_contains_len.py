class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __reversed__(self): return reversed(self.items)
b = Bag(1, 2, 3)
print(len(b), 2 in b, 5 not in b, list(b), b[0], b[-1], list(reversed(b)), sorted(b, reverse=True))
b[0] = 10; del b[1]
print(list(b), bool(Bag()), sum(b), max(b), any(x > 5 for x in b))

class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] = self.get(x, 0) + 1
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: -kv[1])
        return items if n is None else items[:n]
    def __add__(self, other):
        r = Counter()
        for k in set(self) | set(other):
            r[k] = self.get(k, 0) + other.get(k, 0)
        return r
c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2), c["a"], len(c))
print(sorted((c + Counter("aab")).items()), isinstance(c, dict))

class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
for word in "apple avocado banana cherry cranberry".split():
    dd[word[0]].append(word)
print(dict(dd), len(dd), dd.get("z"), "z" in dd)
counts = DefaultDict(int)
for c in "hello world":
    counts[c] += 1
print(sorted(counts.items()))

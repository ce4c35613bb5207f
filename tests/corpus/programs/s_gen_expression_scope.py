n = 3
g = (i * n for i in range(n))
n = 10
print(list(g))
data = [[1, 2], [3, 4]]
print(list(x for row in data for x in row if x % 2))
print(sum(len(w) for w in ["ab", "cde"]), max((len(w), w) for w in ["ab", "cde", "fg"]))
print(dict((k, v) for k, v in [("a", 1)]), set(c for c in "aab") == {"a", "b"}, tuple(i for i in range(3)))

names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(*zip(names, ages))))
print(list(enumerate("abc", 10)), list(zip()), list(zip([1], [])))
pairs = sorted(zip(ages, names), reverse=True)
print(pairs, [n for _, n in pairs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
for idx, ch in reversed(list(enumerate("xyz"))):
    print(idx, ch, end="; ")
print()

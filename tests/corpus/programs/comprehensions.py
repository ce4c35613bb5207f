print([x * 2 for x in range(5)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(5)})
print({c for c in "hello"} == set("helo"))
print([[i * j for j in range(3)] for i in range(3)])
x = 10
print([x for x in range(3)], x)
print([y for y in range(10) if y % 2 if y % 3])
words = ["apple", "bob", "kiwi"]
print({w: len(w) for w in words if len(w) > 3})
print(sorted(w.upper() for w in words))
print([n for n in range(20) if all(n % d for d in range(2, n)) and n > 1])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
if (n := len(words)) > 2:
    print("walrus", n)
print([last := v for v in range(4)], last)
matrix = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in matrix])
def f():
    k = 3
    return [k * i for i in range(3)]
print(f())

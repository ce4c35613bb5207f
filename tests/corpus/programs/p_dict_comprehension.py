squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted[16])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter, {k: len(v) for k, v in by_letter.items()})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested[2])
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))

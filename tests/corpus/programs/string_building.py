parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abc":
    s += ch.upper() + ch
print(s, len(s))
table = [("name", "qty"), ("apple", 3), ("banana", 12)]
for row in table:
    print(f"{row[0]:<8}{row[1]:>5}")
print("\n".join(f"{i} x {j} = {i * j}" for i in range(1, 3) for j in range(1, 3)))
print("%-10s|%5.1f" % ("left", 2.25), "{:=^20}".format(" title "))
words = "the cat sat on the mat".split()
print(" ".join(w[::-1] for w in words), " ".join(sorted(set(words))))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print(repr("multi\nline"), "x".join(["1", "2", "3"]), "abc".encode(), "".join(map(chr, range(65, 70))))

# String and dict work: word counting, joining, formatting, slicing and dict updates.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]

def make_text(n):
    out = []
    for i in range(n):
        w = words[(i * 7 + i // 3) % len(words)]
        if i % 5 == 0:
            w = w.upper()
        out.append(w)
    return " ".join(out)

text = make_text(600000)
counts = {}
for w in text.split():
    key = w.lower()
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))

pieces = []
for i in range(300000):
    s = f"{i:05d}-{words[i % 10][:3]}"
    pieces.append(s[::-1] if i % 2 else s)
joined = ",".join(pieces)
print(len(joined), joined[:40], joined.count("ahp"))

index = {}
for i, p in enumerate(pieces):
    index.setdefault(p[-1], []).append(i)
print({k: len(v) for k, v in sorted(index.items())})
print("%s|%5d|%-6s|%.3f" % ("x", 42, "ab", 3.14159), "abc".replace("b", "xx").center(9, "*"))

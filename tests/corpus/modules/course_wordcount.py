from collections import Counter, OrderedDict, namedtuple
import string, json, bisect
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
c = Counter(words)
print(c.most_common(5))
print(len(c), c["was"], c["nothing"], sum(c.values()))
Stat = namedtuple("Stat", "word count share")
stats = [Stat(w, n, round(n / len(words), 3)) for w, n in c.most_common(3)]
for s in stats:
    print(f"{s.word:>6} {s.count:3d} {s.share:.3f}", s)
print(json.dumps({s.word: s._asdict() for s in stats}, indent=2))
lengths = sorted(len(w) for w in words)
print([bisect.bisect_left(lengths, k) for k in range(1, 12, 2)])
od = OrderedDict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(od, list(od.keys()))
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(3), (letters + Counter("zzz"))["z"])

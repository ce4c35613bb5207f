d = {}
for k in "zebra":
    d[k] = ord(k)
print(d, list(d))
del d["e"]; d["e"] = 0; print(list(d.items()))
keys = d.keys(); d["new"] = 1; print(keys, len(keys), "new" in keys)
print(d.keys() & {"z", "q"}, d.keys() - {"z"} == {"b", "r", "a", "e", "new"})
vals = d.values(); print(sorted(vals), 0 in vals)
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
c = {i: str(i) for i in range(5)}
print(list(reversed(c)), next(iter(c.items())))
print({1: "a", 1.0: "b", True: "c"})

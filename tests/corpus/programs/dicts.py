d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
del d["one"]; print(d)
print(d.pop("two"), d.pop("x", None), d)
d.update({"a": 1}, b=2); d.update([("c", 3)]); print(d)
print(d.setdefault("a", 9), d.setdefault("z", 26), d)
print({k: v * 2 for k, v in d.items()}, dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])))
e = {1: "a", 2: "b"} | {2: "B", 3: "C"}; print(e)
print(sorted({"b": 1, "a": 2}), {"a": 1} == {"a": 1}, {} == {}, list({3: 0, 1: 0, 2: 0}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(d.popitem(), d)
nested = {"x": {"y": [1, 2]}}; nested["x"]["y"].append(3); print(nested)
print(dict(a=1, b=2), dict([("k", "v")]), {**{"a": 1}, "b": 2, **{"a": 3}})
try:
    {}["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
print({(1, 2): "tuple key", 1.0: "float", True: "bool?"})

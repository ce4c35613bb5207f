import copy, json
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d)
class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.nxt = nxt
n = Node(1, Node(2))
n2 = copy.deepcopy(n)
n.nxt.v = 20
print(n2.v, n2.nxt.v, n2 is not n, type(n2).__name__)
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
class Custom:
    def __init__(self): self.x = [1]
    def __copy__(self):
        c = Custom(); c.x = "copied"; return c
print(copy.copy(Custom()).x, copy.deepcopy(Custom()).x)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)

data = {"name": "pytk", "version": 1.5, "tags": ["a", "b"], "ok": True, "none": None, "nested": {"z": 1, "a": [1, 2.0, -3e20]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, []], {}], indent=4))
print(json.dumps("héllo \"q\" \n\t\u2603 \U0001F600"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
print(json.dumps(float("inf")), json.dumps((1, 2)), json.dumps(10**20), json.dumps(0.1))
back = json.loads(json.dumps(data))
print(back == data, back)
print(json.loads('  {"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": -0.5e2, "e": 1E3, "f": false} '))
print(json.loads("[]"), json.loads("3"), json.loads('"s"'), json.loads("NaN"))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1', 'tru', '[1] x', '{1: 2}', '"abc', '[1 2]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(object(), default=lambda o: "custom"))
print(json.dumps(float("nan"), allow_nan=False))

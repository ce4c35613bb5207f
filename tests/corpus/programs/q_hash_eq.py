print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(True), hash(1.0), hash(0.5))
print(hash((1, 2)), hash(()), hash((1,)), hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
print(hash(-0.0) == hash(0.0), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)), hash(float("inf")))
print({1, 1.0, True}, {0: "a", False: "b"}, {(1, 2): 1}[(1, 2)], {1.5: "x"}[1.5])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}}
except TypeError as e:
    print("TypeError:", e)

"""operator runs on its compiled core (_operator) as in CPython: the getter types' names, reprs and pickling, the C
versions' argument checks and messages."""
import _operator
import operator
import pickle

print(operator.add.__module__, operator.attrgetter, operator.itemgetter.__name__, type(operator.methodcaller("x")))
ag = operator.attrgetter("real", "imag.real")
ig = operator.itemgetter(1, -1)
mc = operator.methodcaller("split", ",", maxsplit=1)
print(ag, ig, mc, operator.itemgetter("k"), operator.methodcaller("upper"))
print(ag(3 + 4j), ig("abcd"), mc("a,b,c"), operator.itemgetter(0)([9]))
for obj in (ag, ig, mc, operator.methodcaller("upper")):
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back), back == obj)
print(operator.methodcaller("x").__reduce__()[0], len(mc.__reduce__()))
print(operator.concat([1], [2]), operator.iconcat("a", "b"), operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf("abc", "c"))
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.is_(None, None), operator.is_not(1, None), operator.truth([]), operator.not_(0), operator.index(True))
print(operator.ipow(2, 10), operator.imatmul.__name__, operator.iand(6, 3), operator.call(max, 3, 9, key=abs))
print(_operator._compare_digest(b"abc", b"abc"), _operator._compare_digest("ab", "ac"), _operator._compare_digest(bytearray(b"x"), b"x"))
for call in (lambda: operator.add(1), lambda: operator.neg(1, 2), lambda: operator.concat(1, 2), lambda: operator.concat({}, {}),
             lambda: operator.indexOf([1], 2), lambda: operator.attrgetter(1), lambda: operator.attrgetter(),
             lambda: ag(), lambda: ig(1, 2), lambda: operator.methodcaller(5), lambda: operator.methodcaller(),
             lambda: operator.add(1, b=2), lambda: _operator._compare_digest("é", "é"), lambda: _operator._compare_digest(1, 2),
             lambda: operator.length_hint(object(), "x"), lambda: operator.setitem([], 0)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Sub(operator.itemgetter):
        pass
except TypeError as e:
    print("TypeError", e)

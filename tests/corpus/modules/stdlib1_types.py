import types
import sys
from types import SimpleNamespace, MappingProxyType

ns = SimpleNamespace(x=1, y="two")
print(ns)
print(repr(SimpleNamespace()))
ns.z = [1, 2]
print(ns, ns.x, ns.z)
del ns.y
print(ns)
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace({"p": 1}, q=2))
print(vars(SimpleNamespace(k=3)))
r = SimpleNamespace(n=1)
r.self = r
print(r)
class Point(SimpleNamespace):
    pass
print(Point(x=1, y=2))
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
print(type(ns).__name__, type(ns).__module__)

def f(): pass
async def co(): pass
def gen(): yield 1
class K:
    def meth(self): pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(K().meth, types.MethodType), isinstance(K.meth, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType))
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
print(isinstance(f.__code__, types.CodeType))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
    print(isinstance(e.__traceback__.tb_frame, types.FrameType))

m = types.ModuleType("mymod", "my doc")
m.value = 42
print(m.__name__, m.__doc__, m.value)
print(types.ModuleType("other").__doc__)

bound = types.MethodType(lambda self, n: (type(self).__name__, n), K())
print(bound(5))

d = {"a": 1, "b": 2}
mp = MappingProxyType(d)
print(mp)
print(mp["a"], len(mp), list(mp), "b" in mp, mp.get("z", 0))
print(list(mp.items()), list(mp.keys()), list(mp.values()))
d["c"] = 3
print(mp)
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError:", e)
print(mp == d, mp | {"z": 0})
print(type(mp).__name__)
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)

def body(ns):
    ns["hello"] = lambda self: "hi from " + type(self).__name__
Dyn = types.new_class("Dyn", (object,), exec_body=body)
print(Dyn.__name__, Dyn().hello())
print(types.resolve_bases((int, str)))

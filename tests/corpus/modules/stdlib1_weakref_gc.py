import atexit
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name!r})"

n = Node("a")
r = weakref.ref(n)
print(r() is n, r(), r.__callback__)
del n
print("after del:", r())

def on_dead(ref):
    print("callback: referent gone, ref() ->", ref())

m = Node("m")
rm = weakref.ref(m, on_dead)
print(rm().name)
m = None
print("after rebinding m")

print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())

for bad in (1, "s", (1,), [1], {}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

class MyList(list):
    pass
print(weakref.ref(MyList([1]))() in (None, [1]))

cache = weakref.WeakValueDictionary()
keep = [Node(i) for i in range(3)]
for node in keep:
    cache[node.name] = node
print(sorted(cache.keys()), len(cache), cache[1])
del keep[1]
del node
gc.collect()
print(sorted(cache.keys()), len(cache), 1 in cache, cache.get(1, "gone"))
try:
    cache[1]
except KeyError as e:
    print("KeyError", e)

owners = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
owners[k1] = "first"
owners[k2] = "second"
print(sorted(owners.values()), k1 in owners)
del k1
gc.collect()
print(sorted(owners.values()), len(owners))

ws = weakref.WeakSet()
a, b = Node("x"), Node("y")
ws.add(a)
ws.add(b)
print(len(ws), a in ws)
del b
gc.collect()
print(len(ws), sorted(x.name for x in ws))

class Resource:
    def __init__(self, name):
        self.name = name

res = Resource("db")
fin = weakref.finalize(res, print, "finalizer: closing", "db")
print("alive:", fin.alive)
del res
print("alive after del:", fin.alive)
other = Resource("file")
f2 = weakref.finalize(other, print, "finalizer at exit for", "file")
kept = Resource("kept")
f3 = weakref.finalize(kept, print, "never printed")
print("detach:", f3.detach()[1:], f3.alive)
print(fin(), f2.atexit)

class Greeter:
    def hello(self):
        return "hi"
g = Greeter()
wm = weakref.WeakMethod(g.hello)
print(wm()())
del g
print(wm())

p = Node("proxied")
px = weakref.proxy(p)
print(px.name)
del p
gc.collect()
try:
    px.name
except ReferenceError as e:
    print("ReferenceError:", e)

@atexit.register
def goodbye():
    print("atexit: goodbye")

atexit.register(print, "atexit: registered with args", 42)
print("main done")

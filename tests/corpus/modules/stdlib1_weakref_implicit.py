# Reference-counting timing without gc.collect(): pytk collects when a referent it still holds is
# dereferenced and before print while a finalizer waits (docs/modules.md, weakref).
import weakref


class Node:
    pass


class Resource:
    pass


o = Node()
r = weakref.ref(o)
del o
print("after del:", r())

x = Resource()
f = weakref.finalize(x, print, "finalizer ran")
del x
print("after del x")
print("alive:", f.alive)

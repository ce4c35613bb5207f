class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Item:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
    @property
    def total(self):
        return self.price * self.qty
i = Item(3, 4)
print(i.total, i.price, type(Item.price).__name__)
try:
    i.qty = -1
except ValueError as e:
    print(e)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, cls):
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class C:
    @Lazy
    def expensive(self):
        print("computing")
        return 42
c = C(); print(c.expensive, c.expensive)
class Dyn:
    def __getattr__(self, name):
        return f"dynamic:{name}"
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
d = Dyn(); d.x = 5; print(d.x, d.anything)
class P:
    def __init__(self): self._v = 1
    def get(self): return self._v
    def set(self, v): self._v = v
    def delete(self): print("deleting"); del self._v
    v = property(get, set, delete, "the v")
p = P(); p.v = 9; print(p.v, P.v.__doc__); del p.v; print(hasattr(p, "_v"))

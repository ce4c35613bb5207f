x = "module"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().method(), A.z)
def f():
    v = "enclosing"
    class B:
        w = v
        def get(self):
            return v
    return B
B = f()
print(B.w, B().get())
class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer().make().who(), Outer.Inner.__qualname__)
def g():
    def h():
        return h.__qualname__
    return h()
print(g())
class Private:
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, hasattr(p, "__secret"))

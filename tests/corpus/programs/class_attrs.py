class Config:
    defaults = {"debug": False}
    count = 0
    def __init__(self, **overrides):
        self.settings = dict(self.defaults, **overrides)
        Config.count += 1
c1 = Config(); c2 = Config(debug=True)
print(c1.settings, c2.settings, Config.count, c1.count)
c1.count = 100
print(c1.count, c2.count, Config.count)
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Triangle(Shape): sides = 3
class Square(Shape): sides = 4
print([s().describe() for s in (Shape, Triangle, Square)])
print(Triangle.__dict__["sides"], "describe" in Shape.__dict__, Square.__base__.__name__)
class WithDoc:
    """Class docstring."""
    def m(self):
        """Method doc."""
print(WithDoc.__doc__, WithDoc.m.__doc__, WithDoc().m.__doc__)
print(WithDoc.__module__, WithDoc.__name__, repr(WithDoc)[:20])
obj = WithDoc(); obj.extra = 1
print(obj.__dict__, hasattr(obj, "extra"), getattr(obj, "m").__name__)
class Empty: pass
e = Empty(); e.a = 1; e.b = 2; del e.a
print(vars(e), isinstance(e, object), type(e) is Empty)

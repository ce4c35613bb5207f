# isinstance()/issubclass() with objects that are not types: anything with a tuple __bases__ counts as a class
# (CPython's abstract protocol), an instance's __class__ is walked through __bases__, AttributeError from
# __bases__ means "not a class" while other errors propagate, and a spoofed __class__ counts for real types.
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases
    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass
    __class__ = property(getclass)


AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Other = AbstractClass(bases=())
print(isinstance(AbstractChild(), AbstractChild), isinstance(AbstractChild(), AbstractSuper),
      isinstance(AbstractSuper(), AbstractChild), isinstance(AbstractChild(), Other))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild), issubclass(AbstractChild, (Other, AbstractSuper)))


class Spoof:
    __class__ = property(lambda self: int)


print(isinstance(Spoof(), int), isinstance(Spoof(), Spoof), isinstance(Spoof(), str))

for args in [(1, 2), (1, AbstractClass(bases=1)), (AbstractClass(bases=None), AbstractSuper), (int, 3), (3, int)]:
    for f in (isinstance, issubclass):
        try:
            print(f.__name__, f(*args))
        except TypeError as e:
            print(f.__name__, "TypeError:", e)


class RaisesRuntime:
    @property
    def __bases__(self):
        raise RuntimeError("from __bases__")


try:
    issubclass(RaisesRuntime(), int)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    isinstance(1, RaisesRuntime())
except RuntimeError as e:
    print("RuntimeError:", e)

deep = AbstractClass(bases=())
for _ in range(50):
    deep = AbstractClass(bases=(deep,))
print(issubclass(deep, AbstractSuper), isinstance(deep(), deep))

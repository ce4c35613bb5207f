# object model: __class__ cell before __set_name__, dir() through the metaclass, __bases__ assignment,
# staticmethod/classmethod attributes, __doc__, slices with huge steps, dict views, bytes()
import sys

class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.who(), name)
class Owner:
    x = Named()
    @classmethod
    def who(cls):
        return super().__repr__ is not None and __class__.__name__

class Meta(type):
    def __dir__(cls):
        return ['b', 'a']
class WithMeta(metaclass=Meta):
    pass
print(dir(WithMeta))

class A1:
    def hello(self):
        return 'A1'
class A2:
    def hello(self):
        return 'A2'
class B(A1):
    pass
class C(B):
    pass
c = C()
B.__bases__ = (A2,)
print(c.hello(), [k.__name__ for k in C.__mro__], A2.__subclasses__() == [B])
for bad in [(), (C,), (A2, A2), [A2], (1,)]:
    try:
        B.__bases__ = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print('TypeError:', e)

def f(x: int) -> str:
    "f doc"
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__name__, sm.__doc__, cm.__qualname__, cm.__wrapped__ is f)
cm.extra = 1
print(cm.extra)
try:
    classmethod(f, x=1)
except TypeError as e:
    print('TypeError:', e)

class Doc:
    pass
Doc.__doc__ = 'set later'
d = Doc()
d.__doc__ = 'mine'
print(Doc.__doc__, d.__doc__)
p = property(lambda self: 1)
try:
    p.fget = None
except AttributeError as e:
    print('AttributeError:', e)

print([0, 1, 2, 3][::sys.maxsize], [0, 1, 2, 3][::-sys.maxsize], 'abcd'[1::1 << 70])
print({'a': 1}.keys() == {'a': 2}.keys(), {'a': 1}.items() == {('a', 1)}, {'a': 1}.keys() != {'b'})
class DictSub(dict):
    pass
ds = DictSub(a=1)
print(ds.__dict__, ds.keys() == {'a': 0}.keys())
try:
    {}.update({}, {})
except TypeError as e:
    print('TypeError:', e)
v = {}
v[1] = v.values()
print(repr(v)[:20])

class WithBytes:
    def __bytes__(self):
        return b'xyz'
print(bytes(WithBytes()), bytearray(b'ab'))
import operator
try:
    operator.index('3')
except TypeError as e:
    print('TypeError:', e)

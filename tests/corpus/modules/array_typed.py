# array: construction, slices with huge steps, pickling by machine format, live iterators, bytes-like use
import array, pickle, sys, io, copy

a = array.array('h', [1, -2, 300])
print(a, a.itemsize, a.tobytes(), bytes(a), bytearray(a))
print(a[::sys.maxsize], a[::-sys.maxsize], a[5:1:-2])
b = array.array('b', range(10))
del b[::3]
del b[9::1 << 333]
print(b)
b[1:6:2] = array.array('b', [7, 7, 7])
print(b)
for bad in [lambda: b.__add__('x'), lambda: b.__iadd__([1]), lambda: b * 'x', lambda: b.frombytes(3),
            lambda: array.array('b', None), lambda: array.array('b', x=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    b.clear(1)
except TypeError:
    print('clear takes no argument')
b.clear()
print(b, len(b))

class Sub(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
print(Sub('i', newarg=1), type(Sub('i')).__name__)

class Slotted(array.array):
    __slots__ = ['offset']
    def __new__(cls, typecode, data, offset):
        return array.array.__new__(cls, typecode, data)
    def __init__(self, typecode, data, offset):
        self.offset = offset
    def __getitem__(self, i):
        return array.array.__getitem__(self, i) + self.offset
s = Slotted('i', [3, 6], 4)
print(s[0], s[1])
try:
    s.color = 'blue'
except AttributeError:
    print('no attribute dict')

for proto in (2, 4):
    r = a.__reduce_ex__(proto)
    print(r[0].__name__, r[1][1:])
    print(pickle.loads(pickle.dumps(a, proto)) == a)
print(array._array_reconstructor(array.array, 'H', 0, bytes([128, 127, 0, 255])))
print(array._array_reconstructor(array.array, 'w', 18, 'hé'.encode('utf-16-le')))

it = iter(array.array('i', [1, 2]))
orig = array.array('i', [1, 2])
it = iter(orig)
next(it)
it2, a2 = pickle.loads(pickle.dumps((it, orig)))
a2.append(9)
print(list(it2))

u = array.array('w', 'abc')
u.byteswap()
try:
    u.tounicode()
except ValueError as e:
    print('ValueError')
u.byteswap()
print(u, u[1], u.count('b'), u.index('c'), 'b' in u, list(reversed(u)))

f = io.BytesIO()
f.write(array.array('i', [1, 2]))
print(f.getvalue())
print(copy.deepcopy(array.array('d', [0.5])), array.array('f', [0.1])[0])
import collections.abc
print(isinstance(a, collections.abc.MutableSequence))

"""memoryview over bytes, bytearray and array.array: attributes, indexing, slicing, item and slice stores seen
by the exporter, cast (1-D and N-D), tolist/tobytes/hex, hashing and comparison, release and the context manager,
BufferError when a live view's exporter would change size, and use by bytes(), int(), float(), str(), struct, bytes methods and re."""
import struct, array
b = bytearray(b"hello world")
m = memoryview(b)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.obj is b, len(m))
print(m[0], m[-1], bytes(m[1:4]), m[::2].tobytes(), m.tolist()[:3], m.hex(), m.hex(':', 2))
m[0] = 72; m[1:3] = b"EL"
print(b, bytes(m))
b[5] = 95
print(m.tobytes())
r = memoryview(b"abc")
print(r.readonly, hash(r) == hash(b"abc"), r == b"abc", r == memoryview(b"abc"), r != b"abd")
try: r[0] = 1
except TypeError as e: print(e)
try: hash(m)
except ValueError as e: print(e)
c = memoryview(bytearray(8)).cast("i")
c[0] = -5; c[1] = 7
print(c.tolist(), c.format, c.itemsize, c.shape, bytes(c.cast("B"))[:4])
d = memoryview(bytes(range(12))).cast("B", [3, 4])
print(d.tolist(), d.shape, d.strides, d[1, 2])
with memoryview(b"xy") as w:
    print(w[0])
print(repr(w).startswith("<released memory at 0x"))
try: w[0]
except ValueError as e: print(e)
buf = bytearray(8)
struct.pack_into("<hh", buf, 0, 1, 2)
print(buf, struct.unpack_from("<h", memoryview(buf), 2))
print(bytes(memoryview(b"ab")), bytearray(memoryview(b"cd")), b"x" + memoryview(b"y"), b"".join([memoryview(b"q"), b"r"]))
a = array.array("i", [1, 2, 3])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.tolist(), ma[1])
try: memoryview("abc")
except TypeError as e: print(e)
print(list(memoryview(b"ab")), memoryview(b"ab").toreadonly().readonly)
import array
b = bytearray(b"abc")
m = memoryview(b)
try: b.append(1)
except BufferError as e: print("BufferError", e)
b[0] = 65; print(b)
m.release(); b.append(100); print(b)
def f():
    x = memoryview(b)
    return bytes(x)
f(); b.append(101); print(b)
a = array.array("i", [1, 2, 3])
with memoryview(a) as v:
    for op in (lambda: a.append(1), lambda: a.pop(), lambda: a.extend([1]), lambda: a.__imul__(2)):
        try: op()
        except BufferError as e: print("BufferError", e)
    v[0] = 10
print(a)
a.append(4); print(a)
import re
print(re.match(rb"a+", memoryview(b"aab")).group(), re.fullmatch(b"ab", memoryview(b"ab")) is not None)
print(re.search(b"b", array.array("b", b"abc")).span())
print(b"a,b".split(memoryview(b",")), bytearray(b"xax").strip(memoryview(b"x")))
print(int(memoryview(b'123')[1:3]), int(memoryview(b'1234')[1:3]), int(array.array('B', b'100')))
print(float(memoryview(b'1.5')), float(array.array('B', b'2.5')), str(memoryview(b'abc'), 'ascii'), str(bytearray(b'xy'), 'utf-8'))
for bad in (lambda: int(memoryview(b'x')), lambda: float(memoryview(b'y'))):
    try: bad()
    except ValueError as e: print(str(e).split(" at 0x")[0])
for bad in (lambda: int(b'z'), lambda: int(bytearray(b'q'), 16), lambda: int(memoryview(b'ff'), 16), lambda: float(bytearray(b'w'))):
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
import collections.abc as cabc
print(isinstance(b"x", cabc.Buffer), isinstance(bytearray(), cabc.Buffer), isinstance(memoryview(b""), cabc.Buffer), isinstance("x", cabc.Buffer))
print(isinstance(memoryview(b""), cabc.Sequence), issubclass(memoryview, cabc.MutableSequence))
def f(w):
    match w:
        case (x, y, z):
            return x, y, z
print(f(memoryview(b"abc")), f(bytearray(b"abc")), f(memoryview(b"ab")))
print(eval(memoryview(b"1 + 2")), compile(memoryview(b"x = 1"), "<m>", "exec").co_filename)
ns = {}; exec(bytearray(b"y = 5"), ns); print(ns["y"])
v = b"abc".__buffer__(0); print(type(v).__name__, v.readonly, bytes(v))
class B(bytes): pass
print(bytes(memoryview(B(b"qq"))), memoryview(B(b"q")).obj)

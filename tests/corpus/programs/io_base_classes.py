# io's base classes as mixins: a subclass gives readinto()/read() and gets read, readall, readline, iteration,
# closing and the context manager; the methods it lacks raise UnsupportedOperation or NotImplementedError as CPython's.
import io
class Raw(io.RawIOBase):
    def __init__(self, data): self.data, self.pos = data, 0
    def readable(self): return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
r = Raw(b"line one\nline two\nend")
print(r.read(4), r.readline(), r.readall())
r = Raw(b"a\nb\nc")
print(list(r), r.closed)
with Raw(b"xyz") as r2:
    print(r2.read(), r2.readable(), r2.writable(), r2.seekable())
print(r2.closed)
try: r2.read()
except ValueError as e: print("VE", e)
class Buf(io.BufferedIOBase):
    def __init__(self): self.left = b"hello"
    def read(self, n=-1):
        out, self.left = self.left[:n], self.left[n:]
        return out
b = bytearray(3)
print(Buf().readinto(b), b)
try: io.RawIOBase().write(b"x")
except NotImplementedError as e: print("NIE", e)
try: io.TextIOBase().read()
except io.UnsupportedOperation as e: print("UO", e)
print(io.TextIOBase().encoding, isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
x = io.BytesIO(b"abcdef"); mv = memoryview(bytearray(4))
print(x.readinto1(mv), bytes(mv), x.readinto(bytearray(10)))
print(io.IOBase().seekable(), io.IOBase().readable())
try: io.IOBase().seek(0)
except io.UnsupportedOperation as e: print("UO", e)
try: io.IOBase().fileno()
except io.UnsupportedOperation as e: print("UO", e)
b = io.BytesIO(b"hello world")
buf = bytearray(5)
print(b.readinto(buf), buf, b.read())
m = memoryview(bytearray(4))
print(io.BytesIO(b"ab").readinto(m), bytes(m))

import io
from io import StringIO, BytesIO

s = StringIO()
print('hello', 'world', file=s)
print(3, 4, sep='-', end='!\n', file=s)
s.write('tail')
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(6)
s.write('WORLD')
print(repr(s.getvalue()))
r = StringIO('line1\nline2\nline3')
print([line.rstrip() for line in r], r.tell())
r.seek(0)
print(r.readlines(), r.readline() == '')
r.seek(0)
print(r.readline(3), r.readline(), r.truncate(8), repr(r.getvalue()))
with StringIO('x') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print('ValueError', e)
try:
    StringIO().write(5)
except TypeError as e:
    print('TypeError', e)
b = BytesIO(b'abc')
b.seek(0, io.SEEK_END)
b.write(b'def')
b.seek(1)
print(b.read(2), b.getvalue(), b.tell(), b.seek(-2, 2), b.read())
try:
    b.write('str')
except TypeError as e:
    print('TypeError', e)
bl = BytesIO(b'a\nb\n')
print(list(bl), type(s).__name__, io.SEEK_CUR, isinstance(s, io.TextIOBase))
buf = StringIO()
for i in range(1000):
    buf.write(f'{i},')
print(len(buf.getvalue()), buf.getvalue()[-8:])


def report(rows, out):
    for name, score in rows:
        out.write(f'{name:<6}{score:>4}\n')


out = StringIO()
report([('ann', 93), ('bob', 7)], out)
print(out.getvalue(), end='')
data = StringIO('name,age\nann,31\nbob,25\n')
header = data.readline().strip().split(',')
print([dict(zip(header, line.strip().split(','))) for line in data])
raw = b'one,two,,three,two'
print(raw.find(b'two', 5), raw.rfind(b'two'), raw.count(b'two'), raw.count(b','), raw.find(b','), raw.find(44, 4), raw.count(b''))

# marshal: round trips of the value types in every version, CPython's bytes for version 2 (no reference flags),
# CPython's version-4 output (with references) loaded, errors, files, and code objects (pytk's own format inside).
import io
import marshal

words = ' '.join(['hello', 'world'])
values = [None, True, False, ..., StopIteration, 0, -7, 2**31 - 1, -2**31, 2**31, 2**100, -(2**70), 1.5, -0.0,
          float('inf'), 1e300, 2j, complex(1.5, -2), words, 'h\xe9llo w\u20acrld', '', b'', b'x\x00y', bytearray(b'ab'),
          (), (1, 2), [1, [2, [3]]], {'k k': (1, 2.5)}, {1, 2, 3}, frozenset({4}), tuple(range(300))]
for ver in range(5):
    ok = []
    for v in values:
        back = marshal.loads(marshal.dumps(v, ver))
        same = back == v or (v != v and back != back)
        expected_type = bytes if type(v) is bytearray else type(v)
        ok.append(same and type(back) is expected_type)
    print(ver, all(ok), [i for i, x in enumerate(ok) if not x])
for v in [None, 5, -(2**40), 2.5, 3j, words, 'd\xe9j\xe0 vu', b'raw', (1, (2,)), [words, b'x'], {'a b': 1}, {7}]:
    print(repr(v)[:30], marshal.dumps(v, 2))
cpython_v4 = [
    b'\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00{\xda\x01a\xa9\x02r\x01\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\x04@0',
    b'\xbc\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00',
    b'\xf5\x06\x00\x00\x00h\xc3\xa9llo',
    b'\xec\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04',
    b'\xa9\x06NT.S\xf3\x02\x00\x00\x00xy\xf9\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?',
]
for data in cpython_v4:
    print(marshal.loads(data))
print(marshal.loads(marshal.dumps(5) + b'trailing'), marshal.version)
for bad in (b'', b'\x99', b'i\x01', b'r\x05\x00\x00\x00', b'0'):
    try:
        marshal.loads(bad)
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (object(), [1, object()], print):
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)
f = io.BytesIO()
marshal.dump([1, 2], f)
marshal.dump('next one', f)
f.seek(0)
print(marshal.load(f), marshal.load(f))

def add(a, b=2):
    return a + b
code = compile('result = add(40)\nprint(result, [x * x for x in range(3)])\n', '<marshal>', 'exec')
back = marshal.loads(marshal.dumps(code))
print(type(back).__name__, back.co_filename, back.co_names == code.co_names, back.co_consts[-1] == code.co_consts[-1])
exec(back, {'add': add})
f2 = marshal.loads(marshal.dumps(add.__code__))
print(f2.co_name, f2.co_varnames, f2.co_argcount)
try:
    marshal.dumps(code, allow_code=False)
except ValueError as e:
    print('ValueError', e)

# Issue 15: repr/str/print/== of very deep structures end quickly in RecursionError; nested frozensets hash fast.
import io, contextlib

def deep(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

def printed(o):
    with contextlib.redirect_stdout(io.StringIO()):
        print(o)

for name, make in (('list', lambda x: [x]), ('dict', lambda x: {1: x}), ('tuple', lambda x: (x,))):
    o = deep(100000, make)
    for f in (repr, str, printed):
        try:
            f(o)
            print(name, f.__name__, 'ok')
        except RecursionError as e:
            print(name, f.__name__, 'RecursionError:', e)
    try:
        print(name, '==', o == deep(100000, make))
    except RecursionError as e:
        print(name, '==', 'RecursionError:', e)
print('5000 deep', len(repr(deep(5000, lambda x: [x]))))

f = frozenset()
for i in range(10000):
    f = frozenset([f, i])
print('frozenset hash stable', hash(f) == hash(f))

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

o = deep(100000, lambda x: [x])
for f in (repr, str, printed):
    try:
        f(o)
        print('list', f.__name__, 'ok')
    except RecursionError as e:
        print('list', f.__name__, 'RecursionError:', e)
try:
    print('list ==', o == deep(100000, lambda x: [x]))
except RecursionError as e:
    print('list ==', 'RecursionError:', e)
for name, make in (('dict', lambda x: {1: x}), ('tuple', lambda x: (x,))):
    try:
        repr(deep(100000, make))
        print(name, 'repr ok')
    except RecursionError as e:
        print(name, 'repr RecursionError:', e)
print('5000 deep', len(repr(deep(5000, lambda x: [x]))))

f = frozenset()
for i in range(10000):
    f = frozenset([f, i])
print('frozenset hash stable', hash(f) == hash(f))

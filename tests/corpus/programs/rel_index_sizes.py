# Issue 15 (found by the generated-program fuzzer): ints beyond a C ssize_t used as indexes or sizes end as
# CPython's do. A subscript converts its index with IndexError ("cannot fit 'int' into an index-sized
# integer"); a method's index argument is a C ssize_t (OverflowError); a slice clips. A float or complex format
# precision over a C int is "precision too big"; a str's precision only truncates; % formatting refuses a
# precision over a C int and a width over a C ssize_t.
import collections

BIG = 2 ** 64
EXPRS = [
    "[1, 2][BIG]", "[1, 2][-BIG]", "[1, 2][2 ** 63]", "[1, 2][-2 ** 63 - 1]", "[1, 2][2 ** 63 - 1]",
    "(1, 2)[BIG]", "'ab'[BIG]", "b'ab'[BIG]", "bytearray(b'ab')[BIG]", "range(3)[BIG]", "range(BIG * 2)[BIG]",
    "collections.deque([1])[BIG]", "[1, 2][BIG:]", "[1, 2][-BIG:BIG]", "'abc'[-BIG:2]",
    "[1, 2].pop(BIG)", "[1].insert(BIG, 1)", "bytearray(b'a').pop(BIG)", "bytearray(b'a').insert(BIG, 1)",
    "[1, 2].index(1, BIG)", "'ab'.find('a', -BIG)",
    "set_item()", "del_item()",
    "format(1.0, '.10000000000f')", "format(1.0, '.2147483648g')", "format(1j, '.3000000000')",
    "format('abc', '.3000000000')", "format(1.0, '.99999999999999999999f')", "'{:.3000000000}'.format(2.5)",
    "'%.3000000000f' % 1.0", "'%.3000000000s' % 'ab'", "'%99999999999999999999d' % 1", "'%.2s' % 'abc'",
]


def set_item():
    x = [1, 2]
    x[BIG] = 3


def del_item():
    x = [1, 2]
    del x[BIG]


for e in EXPRS:
    try:
        print(e, "->", repr(eval(e)))
    except (IndexError, OverflowError, ValueError, MemoryError) as exc:
        print(e, "->", type(exc).__name__, exc)

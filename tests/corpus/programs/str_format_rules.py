# str.format's parser (CPython's MarkupIterator and FieldNameIterator): its error words, nested specs sharing the
# automatic numbering, the recursion limit; %-format keys and '*'; strip returning an unchanged str itself; sys.intern.
import sys


def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)


for src in ["'{0:=}'.format('zzz')", "'}'.format('zzzz')", "'{!'.format('a')", "'abc{!d}'.format('1')",
            "'{abc'.format('zzzz')", "'{!s :}'.format(2)", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)",
            "'{:d}'.format('a')", "'{a}'.format(b=1)", "'{0[0]}'.format([])", "'{0.x}'.format(1)",
            "'{0!r:>{1}}'.format(1, 5)", "'{0:{1}{2}}'.format(1, '>', 4)", "'{'.format()", "'{:{}}'.format(1)",
            "'{:{}}'.format(1, 6)", "'{}{:{}}{}'.format(1, 2, 3, 4)", "'{0}'.format()", "'{-1}'.format(1)",
            "'{0]'.format(1)", "'{0[}'.format(1)", "'{:{:{}}}'.format(1, 2, 3)", "'{0[a]}'.format({'a': 5})",
            "'{0[1]}'.format('xyz')", "'{0[]}'.format([1])", "'{0.}'.format(1)", "'{0[0]x}'.format([1])",
            "'{0:'.format(1)", "'{0!}'.format(1)", "'{0!rr}'.format(1)", "'{x.real:>5}'.format(x=3)",
            "'{0!a}'.format('é')", "'{{}}{{{0}}}'.format(7)", "'{0:{{}}}'.format(1)",
            "'%s %s' % (1,)", "'%z' % 1", "'%' % ()", "'%(a' % {'a': 1}", "'%(a(b))s' % {'a(b)': 2}",
            "'%*d' % ('a', 1)", "'%*d|%-*d' % (4, 1, 3, 2)", "'%.*f' % (2, 3.14159)",
            "sys.intern(0)", "sys.intern('a') is sys.intern(''.join(['a']))"]:
    t(src)
s = 'abc'
padded = ' a'
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, padded.strip() is padded)
b = b'abc'
print(b.strip() is b, b.lstrip() is b, b.rstrip() is b)

# Issue 15: a keyword argument's name is a NAME token itself; anything else before '=' (a parenthesized name,
# an attribute, a subscript) is an expression CPython rejects ("expression cannot contain assignment").
import ast

CASES = [
    'f(a.b=1)', 'f(a[0]=1)', 'f(1=1)', 'f((a)=1)', 'f(((a))=1)', 'f(a, (b)=2)', 'f(*a, (b)=1)', 'f(**a, (b)=1)',
    'class A((a)=1): pass', '@d((a)=1)\ndef f(): pass', 'f"{f((a)=1)}"', 'f(a.b.c=1)', 'f(a()=1)', 'f(True=1)',
    'f(None=1)', 'f(a=1, b.c=2)', 'f(a.b = 1)', 'f(a.b=1,)', 'f(a=1)', 'f(a=(b))', 'f(a=1)(b.c=1)',
]
for src in CASES:
    try:
        ast.parse(src)
        print(repr(src), "OK")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# symtable: the compiler's symbol tables through CPython's module API (types, names, scopes, flags, children,
# Function/Class queries, Symbol predicates and reprs) and `python -m symtable` (symtable._main).
import io
import contextlib
import symtable

src = '''
import os
from sys import path as p
x: int = 1
def outer(a, b=2, *args, k, **kw):
    global x
    y = a + x
    def inner():
        nonlocal y
        y += 1
        return y, os
    lam = lambda q: q + b
    return [i * y for i in args], inner, lam
class C(Base):
    attr = 1
    def method(self):
        return __class__, attr
    @staticmethod
    def other(): pass
def gen[T](v: T) -> T:
    yield v
type Alias = list[int]
'''
top = symtable.symtable(src, "prog.py", "exec")
print(top, top.get_type(), top.get_name(), top.get_lineno(), top.is_optimized(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))

def show(table, level=0):
    print('  ' * level + repr(table), table.get_type(), table.get_lineno(), table.is_optimized(), table.is_nested())
    if isinstance(table, symtable.Function):
        print('  ' * level, 'params', table.get_parameters(), 'locals', table.get_locals(),
              'globals', table.get_globals(), 'nonlocals', table.get_nonlocals(), 'frees', table.get_frees())
    if isinstance(table, symtable.Class):
        print('  ' * level, 'methods', table.get_methods())
    for sym in table.get_symbols():
        preds = [n for n in ('referenced', 'parameter', 'global', 'nonlocal', 'declared_global',
                             'local', 'annotated', 'free', 'imported', 'assigned', 'namespace')
                 if getattr(sym, 'is_' + n)()]
        print('  ' * level, ' ', repr(sym), preds)
    for child in table.get_children():
        show(child, level + 1)

show(top)
sym = top.lookup('outer')
print(sym.is_namespace(), sym.get_namespace())
try:
    top.lookup('nope')
except KeyError as e:
    print('KeyError', e)
print(symtable.symtable("a + b", "e.py", "eval").get_identifiers())
print(sorted(symtable.symtable("x = 1\n", "s.py", "single").get_identifiers()))
try:
    symtable.symtable("def f():\n    nonlocal q\n", "bad.py", "exec")
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    symtable.symtable("x", "m.py", "spam")
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
with open('symtable_main_input.txt', 'w') as f:
    f.write(src)
try:
    with contextlib.redirect_stdout(out):
        symtable.main(['symtable_main_input.txt'])
finally:
    import os
    os.remove('symtable_main_input.txt')
print(out.getvalue())

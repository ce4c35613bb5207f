# Code object attributes that pytk's bytecode shares with CPython's, types.CodeType, replace(), __code__.
import types

def outer(a, b=2, /, c=3, *args, d, e=5, **kw):
    "outer doc"
    x = a + b
    def inner(y):
        return x + y
    return inner

co = outer.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals, co.co_firstlineno)
print(co.co_flags & 0xf, co.co_filename.endswith('code_objects.py'))
inner = outer(1, d=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames, ic.co_argcount)
print(isinstance(co, types.CodeType), type(co).__name__, type(co.co_code).__name__, len(co.co_code) % 2)
print(repr(ic).startswith('<code object inner at 0x'), repr(ic).endswith(', line 7>'))
lines = [line for _, _, line in co.co_lines() if line is not None]
print(sorted(set(lines)))
positions = list(co.co_positions())
print(all(len(p) == 4 for p in positions), len(positions) * 2 == len(co.co_code))
print(type(co.co_exceptiontable).__name__)
r = co.replace(co_name='renamed')
print(r.co_name, r.co_varnames == co.co_varnames, co.co_name)
try:
    co.replace(co_bogus=1)
except TypeError as e:
    print('TypeError', e)

def f():
    return 'f'
def g():
    return 'g'
f.__code__ = g.__code__
print(f(), f.__name__)
try:
    f.__code__ = ic
except ValueError as e:
    print('ValueError', e)
f.__defaults__ = (1,)
f.__doc__ = 'set'
print(f.__defaults__, f.__doc__)
src = compile('a = 1\nb = a + 1\n', '<src>', 'exec')
print(src.co_name, src.co_filename, src.co_varnames, src.co_names)
ns = {}
exec(src, ns)
print(ns['b'])
print(types.FunctionType(g.__code__, {})())

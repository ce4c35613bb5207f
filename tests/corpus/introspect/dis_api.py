# The parts of dis that do not depend on the instruction set: the API's shape, line starts, names resolved.
import dis
import io
import sys

def f(a, b):
    total = a * b
    for i in range(b):
        total += i
    return total

print(dis.code_info(f).split('\n')[:8])
out = io.StringIO()
dis.show_code(f, file=out)
print(out.getvalue().startswith('Name:              f\n'))
print([line for _, line in dis.findlinestarts(f.__code__)])
instrs = list(dis.get_instructions(f))
print(type(instrs[0]).__name__, instrs[0]._fields[:6])
names = set()
for i in instrs:
    if i.opname.startswith(('LOAD_FAST', 'STORE_FAST')):
        names.update(i.argval if isinstance(i.argval, tuple) else [i.argval])
print(sorted(names))
print(sorted({i.argval for i in instrs if i.opname == 'LOAD_GLOBAL'}))
print(all(isinstance(i.positions, dis.Positions) for i in instrs))
print(sorted({i.line_number for i in instrs if i.starts_line and i.line_number is not None}))
print(instrs[-1].opname, dis.opname[instrs[-1].opcode] == instrs[-1].opname, dis.opmap[instrs[-1].opname] == instrs[-1].opcode)
bc = dis.Bytecode(f)
print(bc.codeobj is f.__code__, bc.first_line, [i.opname for i in bc] == [i.opname for i in instrs])
print(bc.info() == dis.code_info(f))
out = io.StringIO()
dis.dis(f, file=out)
listing = out.getvalue()
print(' LOAD_FAST' in listing or ' LOAD_FAST_LOAD_FAST' in listing, '(total)' in listing, 'RETURN_VALUE' in listing)
print(dis.pretty_flags(f.__code__.co_flags))
print(dis.stack_effect(dis.opmap['LOAD_CONST'], 0), dis.stack_effect(dis.opmap['RETURN_VALUE']))
print(dis.opmap['LOAD_CONST'] in dis.hasconst, dis.opmap['LOAD_FAST'] in dis.haslocal, dis.opmap['LOAD_NAME'] in dis.hasname)
print(dis.cmp_op, dis.COMPILER_FLAG_NAMES[32])
try:
    dis.dis(42)
except TypeError as e:
    print('TypeError', e)
def boom():
    return 1 / 0
try:
    boom()
except ZeroDivisionError:
    out = io.StringIO()
    dis.distb(sys.exc_info()[2].tb_next, file=out)
    print('-->' in out.getvalue())

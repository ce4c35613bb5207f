# opcode: the table shapes and the facts shared with CPython (pytk's instruction numbers differ by design, so
# only properties that hold for both are printed).
import opcode
import dis

print(sorted(opcode.__all__))
print(opcode.cmp_op)
print(all(opcode.opmap[name] == code for code, name in enumerate(opcode.opname) if name in opcode.opmap))
print(all(opcode.opname[code] == name for name, code in opcode.opmap.items()))
for table in ('hasarg', 'hasconst', 'hasname', 'hasjump', 'hasjrel', 'hasjabs', 'haslocal', 'hasfree', 'hascompare'):
    codes = getattr(opcode, table)
    print(table, type(codes).__name__, all(type(c) is int and c >= 0 for c in codes))
print(set(opcode.hasconst) <= set(opcode.hasarg), set(opcode.hasname) <= set(opcode.hasarg))
for name in ('NOP', 'POP_TOP', 'RETURN_VALUE', 'LOAD_CONST', 'STORE_NAME', 'BINARY_OP', 'COMPARE_OP'):
    code = opcode.opmap[name]
    print(name, code >= opcode.HAVE_ARGUMENT or code in opcode.hasarg or name in ('NOP', 'POP_TOP', 'RETURN_VALUE'),
          opcode.stack_effect(code, 0) if code in opcode.hasarg else opcode.stack_effect(code))
print(opcode.opmap['LOAD_CONST'] in opcode.hasconst, opcode.opmap['STORE_NAME'] in opcode.hasname,
      opcode.opmap['COMPARE_OP'] in opcode.hascompare)
print(opcode._nb_ops[:3], opcode._nb_ops[13], len(opcode._nb_ops))
print(dis.opname is opcode.opname, dis.opmap is opcode.opmap, dis.stack_effect is opcode.stack_effect)

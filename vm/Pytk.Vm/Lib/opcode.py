"""opcode (pytk): the tables describing pytk's bytecode, which dis uses.

pytk's instruction set is its own stack VM's (vm/Pytk.Compiler/Code/Opcodes.def, docs/opcodes.md), not
CPython's: the names, numbers, operands and stack effects here are pytk's, read from the VM's opcode table
(the _dis module). Each instruction holds its whole argument, so there is no EXTENDED_ARG (-1), and jump
arguments are absolute instruction indices (hasjabs; hasjrel is empty).

    >>> import opcode
    >>> opcode.opname[opcode.opmap['POP_TOP']]
    'POP_TOP'
    >>> opcode.stack_effect(opcode.opmap['POP_TOP'], 0)
    -1
"""

import _dis

__all__ = ["cmp_op", "stack_effect", "hascompare", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG",
           "hasarg", "hasconst", "hasname", "hasjump", "hasjrel", "hasjabs", "hasfree", "haslocal", "hasexc"]

opname = list(_dis.opname)          # '<N>' for the numbers no instruction uses
opmap = dict(_dis.opmap)
cmp_op = ('<', '<=', '==', '!=', '>', '>=')

hasarg = list(_dis.hasarg)
hasconst = list(_dis.hasconst)
hasname = list(_dis.hasname)
hasjump = list(_dis.hasjump)
hasjabs = list(_dis.hasjabs)
hasjrel = list(_dis.hasjrel)
haslocal = list(_dis.haslocal)
hasfree = list(_dis.hasfree)
hascompare = list(_dis.hascompare)
hasexc = []                         # exception handlers live in the code's exception table, no opcode marks them

HAVE_ARGUMENT = min(hasarg) if hasarg else 0
EXTENDED_ARG = -1

# BINARY_OP's argument: CPython's NB_* numbers, the in-place forms 13 above the plain ones
_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
    ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"),
]
_nb_ops += [("NB_INPLACE_" + name[3:], symbol + "=") for name, symbol in _nb_ops]

# pytk keeps an instruction's inline cache beside the code, not in the instruction stream: no instruction is
# followed by cache entries.
_inline_cache_entries = {name: 0 for name in opmap}


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """The net change of the stack depth the instruction makes: when the jump is taken (jump=True), when it
    is not (jump=False), or the larger of the two (jump=None)."""
    return _dis.stack_effect(opcode, oparg, jump)

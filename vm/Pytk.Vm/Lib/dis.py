"""Disassembly of pytk's bytecode, in the layout of `pytk dis` (CPython 3.13's `python -m dis` layout).

The instruction set is pytk's stack VM's, not CPython's: names, arguments and stack effects come from the
VM's one instruction table through `_dis`; offsets are 2 × the instruction index, as in f_lasti.
"""
import sys
import types
import collections
import _dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode", "Positions", "opname", "opmap", "cmp_op", "hasarg",
           "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree", "hasexc",
           "hasjump", "stack_effect", "HAVE_ARGUMENT", "EXTENDED_ARG", "pretty_flags", "COMPILER_FLAG_NAMES"]

from opcode import (opname, opmap, cmp_op, hasarg, hasconst, hasname, hasjump, hasjabs, hasjrel, haslocal,
                    hasfree, hascompare, hasexc, HAVE_ARGUMENT, EXTENDED_ARG, stack_effect)

COMPILER_FLAG_NAMES = {1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
                       32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
                       512: "ASYNC_GENERATOR"}


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    """The code object of a method, function, generator, coroutine, class body, or source string."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _write(text, file):
    (sys.stdout if file is None else file).write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False, show_offsets=False):
    """Disassembles a function, method, class, module, code object, source string, or the last traceback."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, (types.MethodType, types.FunctionType, type, classmethod, staticmethod)) \
                    or hasattr(x1, '__code__') or hasattr(x1, '__func__'):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _write(_dis.disassemble(x, depth is None or depth > 0), file)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("pytk cannot disassemble raw bytes: its bytecode needs the code object")
    elif isinstance(x, str):
        _write(_dis.disassemble(_try_compile(x, "<dis>"), depth is None or depth > 0), file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    """Disassembles the code of a traceback's last frame, marking the instruction that raised."""
    if tb is None:
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    else:
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    """Disassembles one code object (not the code objects among its constants)."""
    _write(_dis.disassemble(co, False, lasti), file)


disco = disassemble


def code_info(x):
    """Details of the code object of x, formatted as CPython's code_info does."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Prints code_info(co)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset', 'starts_line', 'line_number',
     'label', 'positions', 'cache_info'],
    defaults=[None, None, None])


class Instruction(_Instruction):
    """One instruction: its name, opcode, argument (raw and resolved), offset, line, label and positions."""

    @property
    def oparg(self):
        return self.arg

    @property
    def baseopcode(self):
        return self.opcode

    @property
    def baseopname(self):
        return self.opname

    @property
    def cache_offset(self):
        return self.start_offset + 2

    @property
    def end_offset(self):
        return self.cache_offset

    @property
    def jump_target(self):
        if self.opcode in hasjump:
            return self.argval
        return None

    @property
    def is_jump_target(self):
        return self.label is not None

    def __str__(self):
        arg = '' if self.arg is None else '%5d' % self.arg
        text = '%-20s %s' % (self.opname, arg)
        if self.argrepr:
            text += ' (%s)' % self.argrepr
        label = 'L%d:' % self.label if self.label is not None else ''
        line = '%3d' % self.line_number if self.starts_line and self.line_number is not None else '   '
        return ('%s %6s    %s' % (line, label, text)).rstrip()


def _instructions(co, first_line=None):
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    for (name, op, arg, argval, argrepr, offset, line, starts, label, target, pos) in _dis.instructions(co):
        if line is not None:
            line += shift
        positions = Positions(*pos) if pos[0] is None or not shift else \
            Positions(pos[0] + shift, pos[1] + shift, pos[2], pos[3])
        yield Instruction(name, op, arg, argval, argrepr, offset, offset, starts, line, label, positions, None)


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """An iterator of the Instructions of x's code."""
    return _instructions(_get_code_object(x), first_line)


def findlinestarts(code):
    """(offset, lineno) for each offset where a new source line starts."""
    last = -1
    for start, end, line in code.co_lines():
        if line is not None and line != last:
            last = line
            yield start, line
    return


def findlabels(code):
    """The byte offsets that are jump targets."""
    labels = []
    for ins in _instructions(code):
        if ins.jump_target is not None and ins.jump_target not in labels:
            labels.append(ins.jump_target)
    return sorted(labels)


class Bytecode:
    """The bytecode of x as an iterable of Instructions, with info() and dis()."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False,
                 show_offsets=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets

    def __iter__(self):
        return _instructions(self.codeobj, None if not self._line_offset else self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        offset = -1 if self.current_offset is None else self.current_offset
        return _dis.disassemble(self.codeobj, False, offset)


def main(args=None):
    """python -m dis [-C] [-O] [infile]"""
    args = sys.argv[1:] if args is None else args
    infile = None
    for a in args:
        if a in ('-h', '--help'):
            print('usage: dis.py [-h] [-C] [-O] [infile]')
            return
        if a in ('-C', '--show-caches', '-O', '--show-offsets'):
            continue
        infile = a
    if infile is None or infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read() if hasattr(sys.stdin, 'buffer') else sys.stdin.read()
    else:
        name = infile
        with open(infile, 'rb') as f:
            source = f.read()
    code = compile(source, name, "exec")
    dis(code)


if __name__ == "__main__":
    main()

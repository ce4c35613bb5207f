"""symtable for pytk: the compiler's own symbol tables (the ones `pytk symtable` prints), as CPython's module
shows them (written for pytk). `pytk run -m symtable FILE` prints what `pytk symtable FILE` prints."""
import enum

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM, DEF_TYPE_PARAM, DEF_FREE_CLASS,
                       DEF_IMPORT, DEF_BOUND, DEF_ANNOT, DEF_COMP_ITER, DEF_COMP_CELL, SCOPE_OFF, SCOPE_MASK,
                       FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL)

__all__ = ["symtable", "SymbolTableType", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """The top SymbolTable of the source code (compile_type: 'exec', 'eval' or 'single')."""
    return _new_table(_symtable.symtable(code, filename, compile_type), filename)


class SymbolTableType(enum.StrEnum):
    MODULE = "module"
    FUNCTION = "function"
    CLASS = "class"
    ANNOTATION = "annotation"
    TYPE_ALIAS = "type alias"
    TYPE_PARAMETERS = "type parameters"
    TYPE_VARIABLE = "type variable"


_TYPES = {
    _symtable.TYPE_MODULE: SymbolTableType.MODULE,
    _symtable.TYPE_FUNCTION: SymbolTableType.FUNCTION,
    _symtable.TYPE_CLASS: SymbolTableType.CLASS,
    _symtable.TYPE_ANNOTATION: SymbolTableType.ANNOTATION,
    _symtable.TYPE_TYPE_ALIAS: SymbolTableType.TYPE_ALIAS,
    _symtable.TYPE_TYPE_PARAMETERS: SymbolTableType.TYPE_PARAMETERS,
    _symtable.TYPE_TYPE_VARIABLE: SymbolTableType.TYPE_VARIABLE,
}

_ids = {}


def _new_table(raw, filename):
    kind = raw[0]
    if kind == _symtable.TYPE_FUNCTION:
        return Function(raw, filename)
    if kind == _symtable.TYPE_CLASS:
        return Class(raw, filename)
    return SymbolTable(raw, filename)


class SymbolTable:
    """One block of the program: the module, a class, a function (lambda, comprehension) or an annotation scope."""

    def __init__(self, raw, filename):
        self._table = raw
        self._filename = filename
        self._type, self._name, self._lineno, self._nested, self._optimized, self._children, symbols = raw
        self._symbols = dict(symbols)
        self._cache = {}

    def __repr__(self):
        kind = "" if self.__class__ == SymbolTable else "%s " % self.__class__.__name__
        if self._name == "top":
            return "<{0}SymbolTable for module {1}>".format(kind, self._filename)
        return "<{0}SymbolTable for {1} in {2}>".format(kind, self._name, self._filename)

    def get_type(self):
        """The table's SymbolTableType."""
        return _TYPES[self._type]

    def get_id(self):
        return _ids.setdefault(id(self._table), len(_ids) + 1)

    def get_name(self):
        """The block's name: the function's or class's, 'top' for the module."""
        return self._name

    def get_lineno(self):
        return self._lineno

    def is_optimized(self):
        """Whether the block's locals are fast locals (functions), not a dict."""
        return bool(self._optimized)

    def is_nested(self):
        return bool(self._nested)

    def has_children(self):
        return bool(self._children)

    def get_identifiers(self):
        return self._symbols.keys()

    def lookup(self, name):
        """The Symbol of name in this block (KeyError when it has none)."""
        sym = self._cache.get(name)
        if sym is None:
            flags = self._symbols[name]
            namespaces = self.__check_children(name)
            module_scope = self._type == _symtable.TYPE_MODULE
            sym = self._cache[name] = Symbol(name, flags, namespaces, module_scope=module_scope)
        return sym

    def get_symbols(self):
        return [self.lookup(name) for name in self.get_identifiers()]

    def __check_children(self, name):
        return [_new_table(child, self._filename) for child in self._children if child[1] == name]

    def get_children(self):
        return [_new_table(child, self._filename) for child in self._children]


def _scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class Function(SymbolTable):
    """A function's block: its parameters, locals, globals, nonlocals and frees."""

    __params = __locals = __frees = __globals = __nonlocals = None

    def __idents_matching(self, test):
        return tuple(ident for ident in self.get_identifiers() if test(self._symbols[ident]))

    def get_parameters(self):
        if self.__params is None:
            self.__params = self.__idents_matching(lambda x: x & DEF_PARAM)
        return self.__params

    def get_locals(self):
        if self.__locals is None:
            locs = (LOCAL, CELL)
            self.__locals = self.__idents_matching(lambda x: _scope(x) in locs)
        return self.__locals

    def get_globals(self):
        if self.__globals is None:
            glob = (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
            self.__globals = self.__idents_matching(lambda x: _scope(x) in glob)
        return self.__globals

    def get_nonlocals(self):
        if self.__nonlocals is None:
            self.__nonlocals = self.__idents_matching(lambda x: x & DEF_NONLOCAL)
        return self.__nonlocals

    def get_frees(self):
        if self.__frees is None:
            self.__frees = self.__idents_matching(lambda x: _scope(x) == FREE)
        return self.__frees


class Class(SymbolTable):
    """A class's block."""

    __methods = None

    def get_methods(self):
        """The names of the functions (and lambdas) defined directly in the class body."""
        if self.__methods is None:
            names = []
            for child in self._children:
                if child[0] == _symtable.TYPE_FUNCTION or child[0] == _symtable.TYPE_TYPE_PARAMETERS:
                    if child[1] not in ('lambda', 'genexpr', 'listcomp', 'setcomp', 'dictcomp'):
                        names.append(child[1])
            self.__methods = tuple(dict.fromkeys(names))
        return self.__methods


class Symbol:
    """A name in one block: how it is used (referenced, assigned, a parameter...) and its scope."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        flags_str = '|'.join(self._flags_str())
        return f'<symbol {self.__name!r}: {self._scope_str()}, {flags_str}>'

    def _scope_str(self):
        return _SCOPE_NAMES.get(self.__scope) or str(self.__scope)

    def _flags_str(self):
        for flagname, flagvalue in _flags:
            if self.__flags & flagvalue == flagvalue:
                yield flagname

    def get_name(self):
        return self.__name

    def is_referenced(self):
        return bool(self.__flags & USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_nonlocal(self):
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self.__scope in (LOCAL, CELL) or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_annotated(self):
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        return bool(self.__scope == FREE)

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """Whether the name binds a block of its own (a def or class of that name)."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        return self.__namespaces

    def get_namespace(self):
        if len(self.__namespaces) == 0:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]


_SCOPE_NAMES = {FREE: 'FREE', LOCAL: 'LOCAL', GLOBAL_IMPLICIT: 'GLOBAL_IMPLICIT',
                GLOBAL_EXPLICIT: 'GLOBAL_EXPLICIT', CELL: 'CELL'}
# The flags a Symbol's repr and `python -m symtable` list, in CPython 3.13's order (a flag shows when all its bits are set).
_flags = [('USE', USE), ('DEF_GLOBAL', DEF_GLOBAL), ('DEF_NONLOCAL', DEF_NONLOCAL), ('DEF_LOCAL', DEF_LOCAL),
          ('DEF_PARAM', DEF_PARAM), ('DEF_IMPORT', DEF_IMPORT), ('DEF_BOUND', DEF_BOUND), ('DEF_ANNOT', DEF_ANNOT)]


def main(args):
    """`python -m symtable [FILE|-]...`: every table, its symbols with their scope and flags."""
    import sys

    def print_symbols(table, level=0):
        indent = '    ' * level
        nested = "nested " if table.is_nested() else ""
        if table.get_type() == 'module':
            what = f'from file {table._filename!r}'
        else:
            what = f'{table.get_name()!r}'
        print(f'{indent}symbol table for {nested}{table.get_type()} {what}:')
        for ident in table.get_identifiers():
            symbol = table.lookup(ident)
            flags = ', '.join(symbol._flags_str()).lower()
            print(f'    {indent}{symbol._scope_str().lower()} symbol {symbol.get_name()!r}: {flags}')
        print()
        for child in table.get_children():
            print_symbols(child, level + 1)

    for filename in args or ['-']:
        if filename == '-':
            src = sys.stdin.read()
            filename = '<stdin>'
        else:
            with open(filename, 'rb') as f:
                src = f.read()
        print_symbols(symtable(src, filename, 'exec'))


if __name__ == "__main__":
    import sys
    main(sys.argv[1:])

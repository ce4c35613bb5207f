#!/usr/bin/env python3
"""Checks grammar/Pytk.Syntax/Model/Ast.def against CPython 3.13's own `ast` classes: every concrete node
kind is described, with the same _fields (order and types), the same _attributes, and `?` exactly where
CPython gives the field a None default. Prints problems and exits 1 if there are any."""
import ast
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "grammar", "Pytk.Syntax", "Model"))
import gen_ast  # noqa: E402

DEPRECATED = {"slice", "Index", "ExtSlice", "Suite", "AugLoad", "AugStore", "Param",
              "Num", "Str", "Bytes", "NameConstant", "Ellipsis", "_ast_Ellipsis"}
PRIM = {"identifier": "<class 'str'>", "string": "<class 'str'>", "int": "<class 'int'>",
        "constant": "<class 'object'>"}


def expected_type(f):
    base = PRIM.get(f.type) or f"ast.{f.type}"
    if f.is_list:
        return f"list[{'str' if f.type in ('identifier', 'string') else base}]"
    if f.optional:
        return f"{'str' if f.type in ('identifier', 'string') else 'int' if f.type == 'int' else base} | None"
    return PRIM.get(f.type) or f"<class 'ast.{f.type}'>"


def main():
    categories, kinds = gen_ast.load()
    problems = []
    described = {k.name: k for k in kinds}
    for name in dir(ast):
        cls = getattr(ast, name)
        if (isinstance(cls, type) and issubclass(cls, ast.AST) and cls is not ast.AST
                and name not in DEPRECATED and not cls.__subclasses__() and name not in described):
            problems.append(f"{name}: missing from Ast.def")
    for cat, _, attrs in categories:
        if not hasattr(ast, cat):
            problems.append(f"category {cat}: not in ast")
    for k in kinds:
        cls = getattr(ast, k.name, None)
        if cls is None:
            problems.append(f"{k.name}: not in CPython's ast")
            continue
        if k.category and cls.__base__.__name__ != k.category[0]:
            problems.append(f"{k.name}: base is {cls.__base__.__name__}, Ast.def says {k.category[0]}")
        if tuple(f.name for f in k.fields) != cls._fields:
            problems.append(f"{k.name}: _fields {cls._fields}, Ast.def {[f.name for f in k.fields]}")
            continue
        if tuple(a.name for a in k.attributes) != cls._attributes:
            problems.append(f"{k.name}: _attributes {cls._attributes}, Ast.def {[a.name for a in k.attributes]}")
        for f in k.fields:
            actual = str(cls._field_types[f.name])
            if actual != expected_type(f):
                problems.append(f"{k.name}.{f.name}: CPython {actual}, Ast.def {expected_type(f)}")
            if (getattr(cls, f.name, ...) is None) != f.optional:
                problems.append(f"{k.name}.{f.name}: None default differs")
        for a in k.attributes:
            if (getattr(cls, a.name, ...) is None) != a.optional:
                problems.append(f"{k.name}.{a.name} (attribute): None default differs")
    for p in problems:
        print("ast_def_check:", p)
    print(f"ast_def_check: {len(kinds)} node kinds, {len(problems)} differences from CPython {sys.version.split()[0]}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

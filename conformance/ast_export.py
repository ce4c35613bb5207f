#!/usr/bin/env python3
"""Exports CPython 3.13's AST of a file as JSON in pytk's schema (docs/ast-json.md).

    PYENV_VERSION=3.13.0 python3 conformance/ast_export.py [-m MODE] [--no-type-comments] [-i N] [FILE|-]

The output equals `pytk dump-ast --format json` (and `pytk from-json --format json`) byte for byte, so the
same text feeds pytk's loader (AstJson.Read) with trees parsed by CPython instead of pytk.
"""
import argparse
import ast
import json
import math
import sys


def pairs_surrogates(s):
    """True if UTF-16 (and JSON's \\u escapes) would read two of s's code points as one astral character."""
    return any("\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in zip(s, s[1:]))


def constant(v):
    if isinstance(v, str) and pairs_surrogates(v):
        return {"_const": "str", "codepoints": [ord(c) for c in v]}
    if v is None or isinstance(v, (bool, str, int)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else {"_const": "float", "repr": repr(v)}
    if isinstance(v, complex):
        return {"_const": "complex", "real": constant(v.real), "imag": constant(v.imag)}
    if isinstance(v, bytes):
        return {"_const": "bytes", "hex": v.hex()}
    if v is Ellipsis:
        return {"_const": "Ellipsis"}
    if isinstance(v, tuple):
        return {"_const": "tuple", "items": [constant(x) for x in v]}
    if isinstance(v, frozenset):
        return {"_const": "frozenset", "items": [constant(x) for x in v]}
    raise TypeError(f"unexpected constant {v!r}")


def to_json(node):
    """The schema: one object per node, "_type" first, then _fields in order, then _attributes."""
    obj = {"_type": type(node).__name__}
    is_const = isinstance(node, (ast.Constant, ast.MatchSingleton))
    for name in node._fields:
        value = getattr(node, name, None)
        if is_const and name == "value":
            obj[name] = constant(value)
        elif isinstance(value, ast.AST):
            obj[name] = to_json(value)
        elif isinstance(value, list):
            obj[name] = [to_json(x) if isinstance(x, ast.AST) else x for x in value]
        else:
            obj[name] = value
    for name in node._attributes:
        obj[name] = getattr(node, name, None)
    return obj


def dumps(tree, indent=None):
    return json.dumps(to_json(tree), indent=indent)


def main():
    p = argparse.ArgumentParser(prog="ast_export.py")
    p.add_argument("infile", nargs="?", default="-")
    p.add_argument("-m", "--mode", default="exec", choices=("exec", "single", "eval", "func_type"))
    p.add_argument("--no-type-comments", default=True, action="store_false")
    p.add_argument("-i", "--indent", type=int, default=None)
    args = p.parse_args()
    if args.infile == "-":
        name, source = "<stdin>", sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, "rb") as f:
            source = f.read()
    tree = ast.parse(source, name, args.mode, type_comments=args.no_type_comments)
    sys.setrecursionlimit(100_000)
    print(dumps(tree, args.indent))


if __name__ == "__main__":
    main()

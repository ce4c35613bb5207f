"""pytk's hooks for Python code.

register_pass makes an ast.NodeTransformer (or ast.NodeVisitor) subclass a pass of pytk's pipeline when its file
is given with `--plugin FILE.py`:

    import ast
    from pytk import register_pass

    @register_pass(name="zero-adds", description="x + 0 -> x for names")
    class ZeroAdds(ast.NodeTransformer):
        def visit_BinOp(self, node):
            ...

The pass gets a fresh instance per module and its visit() result is the new tree (a NodeVisitor's tree is the
one it was given, changed in place or not). Without a name, the class name in kebab-case is used; without a
description, the first line of the class docstring.
"""

import ast as _ast

__all__ = ["register_pass", "registered_passes"]

_passes = []


def _kebab(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper():
            if i and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower())):
                out.append("-")
            out.append(ch.lower())
        elif ch == "_":
            out.append("-")
        else:
            out.append(ch)
    return "".join(out).strip("-")


def register_pass(cls=None, /, *, name=None, description=None):
    """Registers cls (an ast.NodeVisitor subclass) as a pass; usable as @register_pass or @register_pass(...)."""

    def register(c):
        if not (isinstance(c, type) and issubclass(c, _ast.NodeVisitor)):
            raise TypeError(f"register_pass expects an ast.NodeVisitor or ast.NodeTransformer subclass, not {c!r}")
        n = name if name is not None else _kebab(c.__name__)
        d = description
        if d is None:
            doc = (c.__doc__ or "").strip()
            d = doc.splitlines()[0] if doc else ""
        if not isinstance(n, str) or not isinstance(d, str):
            raise TypeError("register_pass: name and description must be str")
        _passes.append((n, d, c))
        return c

    if cls is None:
        return register
    return register(cls)


def registered_passes():
    """The (name, description, class) of every pass registered so far, in order."""
    return list(_passes)

"""Passes written in Python: `pytk run --plugin flip_not.py --passes constfold,flip-not-if demo.py`.

Each class registered with pytk.register_pass becomes a pass of pytk's pipeline, beside the C# ones: it gets
the module as Python `ast` objects and returns the new tree, exactly as an ast.NodeTransformer does in CPython.
"""
import ast

from pytk import register_pass


@register_pass
class FlipNotIf(ast.NodeTransformer):
    """if not c: A else: B becomes if c: B else: A (the same one truth test of c; the positive branch first)."""

    def visit_If(self, node):
        self.generic_visit(node)
        test = node.test
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and node.orelse:
            return ast.copy_location(ast.If(test=test.operand, body=node.orelse, orelse=node.body), node)
        return node


@register_pass(name="name-census", description="collects the names a module reads (a visitor: changes nothing)")
class NameCensus(ast.NodeVisitor):
    def __init__(self):
        self.names = set()

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.names.add(node.id)

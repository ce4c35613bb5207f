# walk, iter_fields, iter_child_nodes, get_docstring, get_source_segment, copy_location,
# fix_missing_locations, increment_lineno, literal_eval, NodeVisitor, NodeTransformer, compile(AST), unparse.
import ast

src = 'def f(a, b=2):\n    """Add\n       two."""\n    return a + b * 3\n\nprint(f(1), f(2, b=4))\n'
tree = ast.parse(src)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print(repr(ast.get_docstring(tree.body[0])), repr(ast.get_docstring(tree.body[0], clean=False)), ast.get_docstring(tree))
ret = tree.body[0].body[1]
print(ast.get_source_segment(src, ret), '|', ast.get_source_segment(src, ret.value.right))
print(ast.get_source_segment(src, tree.body[0].body[0], padded=True))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen)

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('after')], []))]
new = ast.fix_missing_locations(Double().visit(ast.parse(src)))
exec(compile(new, '<doubled>', 'exec'))
print(ast.unparse(new))
ast.increment_lineno(new, 10)
print(new.body[0].lineno, new.body[0].end_lineno, new.body[-1].value.lineno)

for text in ('[1, -2, 3.5, (4+5j), "s", b"b", None, True, {1: {2}}, set(), ()]', '-(1)', '1 + 2j',
             'x', 'f()', '1 + 1', '{**a}'):
    try:
        print(repr(ast.literal_eval(text)))
    except ValueError as e:
        print('ValueError', e)
print(ast.literal_eval(ast.parse('(1, [2])', mode='eval')))

code = compile(ast.parse('x * 7', mode='eval'), '<ast>', 'eval')
print(eval(code, {'x': 6}))
m = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], [])
exec(compile(ast.fix_missing_locations(m), '<built>', 'exec'))
for bad in (ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), ast.Expression(ast.Pass())):
    try:
        compile(bad, '<bad>', 'exec' if isinstance(bad, ast.Module) else 'eval')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

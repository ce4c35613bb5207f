# Node classes: _fields, _attributes, __match_args__, defaults, constructor checks, class hierarchy.
import ast
import warnings

warnings.simplefilter('ignore', DeprecationWarning)
for cls in (ast.Module, ast.FunctionDef, ast.Name, ast.Constant, ast.arguments, ast.arg, ast.keyword,
            ast.comprehension, ast.ExceptHandler, ast.MatchAs, ast.TypeVar, ast.Load, ast.Add, ast.expr):
    print(cls.__name__, cls._fields, cls._attributes, cls.__match_args__, cls.__mro__[1].__name__)
print(ast.Name.__doc__)
print(ast.Constant._field_types, ast.Dict._field_types['values'])
n = ast.Name('x')
print(n.id, type(n.ctx).__name__, n.end_lineno, hasattr(n, 'lineno'))
b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), lineno=3)
print(ast.dump(b, include_attributes=True))
f = ast.FunctionDef('f', ast.arguments())
print(f.body, f.decorator_list, f.returns, f.type_params, f.args.args, f.args.vararg)
for args, kw in (((1, 2, 3), {}), ((1,), {'id': 2}), ((1,), {})):
    try:
        ast.Name(*args, **kw)
        print('ok')
    except TypeError as e:
        print('TypeError', e)
try:
    ast.Pass(1)
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ast.BinOp(left=ast.Constant(1))
    ast.Name('x', foo=1)
    print([str(x.message) for x in w])
print(isinstance(ast.parse('x').body[0], ast.stmt), issubclass(ast.Constant, ast.AST))
match ast.parse('x + 1', mode='eval').body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
        print('matched', id, value)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(type(compile('x + 1', '<s>', 'eval', ast.PyCF_ONLY_AST)).__name__)

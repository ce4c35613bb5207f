"""ast.NodeTransformer's generic walk keeps every node a visitor returns (Constant included), drops a None, splices
a list; NodeVisitor's visit returns what the visit_ method returns."""
import ast

src = "x = 1 + 2\nprint(x, 'a' * 3)\ndel x\n"


class Identity(ast.NodeTransformer):
    pass


class DropDel(ast.NodeTransformer):
    def visit_Delete(self, node):
        return None


class Double(ast.NodeTransformer):
    def visit_Expr(self, node):
        return [node, ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("again")], []))]


class Bump(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2) if type(node.value) is int else node


for cls in (Identity, DropDel, Double, Bump):
    tree = ast.fix_missing_locations(cls().visit(ast.parse(src)))
    print(cls.__name__, ast.unparse(tree).replace("\n", "; "))
    exec(compile(tree, "<t>", "exec"), {})


class Returns(ast.NodeVisitor):
    def visit_Constant(self, node):
        return ("const", node.value)


print(Returns().visit(ast.Constant(5)), ast.NodeVisitor().visit(ast.Constant(5)))

# notebook cell 2 of 000_fa496c6151e463ca.txt (extracted by extract.py; do not edit)
import ast

expr = "x = 3 + 4"
tree = ast.parse(expr)
_cell_value = (
ast.dump(tree, indent=4)
)
if _cell_value is not None:
    print(repr(_cell_value))

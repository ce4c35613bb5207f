# python cell 1 of 001_0f8e1518e98d4208.txt (extracted by extract.py; do not edit)
# save as demo.py
import ast, dis

source = "x = 2 + 3\nprint(x)\n"

# Parse to AST
tree = ast.parse(source)
print(ast.dump(tree, indent=2))

# Compile to bytecode (code object)
code_obj = compile(source, filename="<memory>", mode="exec")

# Disassemble bytecode
dis.dis(code_obj)

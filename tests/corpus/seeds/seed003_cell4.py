# python cell 4 of 003_997758630b4d5a5a.txt (extracted by extract.py; do not edit)
def greet(name):
    return f"Hello, {name}!"

result = greet("Alice")

# Execution steps:
# 1. Create function object for greet()
# 2. Push arguments onto stack
# 3. Execute function bytecode
# 4. Pop return value
# 5. Store in result variable

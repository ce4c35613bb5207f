# python cell 1 of 003_997758630b4d5a5a.txt (extracted by extract.py; do not edit)
def greet(name):
    return f"Hello, {name}!"

message = greet("Alice")
print(message)

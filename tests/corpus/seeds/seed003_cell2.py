# python cell 2 of 003_997758630b4d5a5a.txt (extracted by extract.py; do not edit)
import dis

def add_numbers(a, b):
    return a + b

# Disassemble the function
dis.dis(add_numbers)

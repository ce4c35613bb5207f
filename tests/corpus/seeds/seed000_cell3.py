# notebook cell 3 of 000_fa496c6151e463ca.txt (extracted by extract.py; do not edit)
import dis

def f():
    x = 3 + 4
    return x

_cell_value = (
dis.dis(f)
)
if _cell_value is not None:
    print(repr(_cell_value))

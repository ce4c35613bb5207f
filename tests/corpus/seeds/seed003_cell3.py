# python cell 3 of 003_997758630b4d5a5a.txt (extracted by extract.py; do not edit)
x = 42

# Internally:
# 1. Create integer object with value 42
# 2. Create variable x pointing to that object
# 3. Increment reference count

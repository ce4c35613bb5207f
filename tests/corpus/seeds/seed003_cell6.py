# python cell 6 of 003_997758630b4d5a5a.txt (extracted by extract.py; do not edit)
def divide(a, b):
    return a / b

try:
    result = divide(10, 0)
except ZeroDivisionError as e:
    print(f"Error: {e}")

# Behind the scenes:
# 1. ZeroDivisionError raised in divide()
# 2. Exception propagates up call stack
# 3. Caught by except clause in caller
# 4. Exception object created with traceback

def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
import sys
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(900))
down(0)

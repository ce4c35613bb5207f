# Issue 15: an uncaught RecursionError's traceback prints quickly, even with a high recursion limit.
import sys
sys.setrecursionlimit(20000)
def down(n):
    return down(n + 1)
down(0)

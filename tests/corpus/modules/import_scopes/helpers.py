def double(x): return 2 * x
PI = 3

# Recursion: naive Fibonacci (calls, small-int arithmetic, comparisons).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for n in (25, 30, 32):
    print(n, fib(n))

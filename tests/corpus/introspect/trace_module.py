# The trace module: line tracing, counts, functions called, calling relationships, on a function run in place.
import io
import os
import sys
import trace

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def work():
    total = 0
    for i in range(3):
        total += fib(i)
    return total

out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    t = trace.Trace(count=1, trace=1)
    result = t.runfunc(work)
finally:
    sys.stdout = saved
print(result)
print(out.getvalue().replace(os.path.basename(__file__), 'PROGRAM'))
counts = t.results().counts
print(sorted((line, n) for (f, line), n in counts.items() if f == __file__))

t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(work)
print(sorted(name for (f, m, name) in t.results().calledfuncs))
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(work)
print(sorted((a[2], b[2]) for a, b in t.results().callers))

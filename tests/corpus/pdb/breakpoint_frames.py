# run: plain
# breakpoint() and pdb.set_trace() in a running program: frames up the stack, stepping out, return values.
import pdb
import sys

def inner(a, b=3, *rest, **named):
    total = a + b
    breakpoint()
    total += sum(rest)
    return total * 2

def outer(n):
    values = []
    for i in range(n):
        values.append(inner(i, 1, i, key=i))
    return values

calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k))
breakpoint(1, two=2)
print(calls)
sys.breakpointhook = sys.__breakpointhook__
result = outer(2)
print("result", result)

def stepped():
    x = 10
    pdb.set_trace()
    x += 1
    y = x * 2
    return y

print("stepped", stepped())


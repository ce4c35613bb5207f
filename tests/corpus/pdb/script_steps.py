# run: -m pdb
import sys

def square(n):
    result = n * n
    return result

def total(items):
    acc = 0
    for x in items:
        acc += square(x)
    return acc

values = [1, 2, 3]
answer = total(values)
print("answer", answer)

# A name rebound in a loop is not a constant.
def f():
    total = 0
    for i in range(5):
        total = total + i
    return total

print(f())

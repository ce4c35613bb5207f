# strength reduction on loop counters and int locals (ints and bools, negative values, big ints)
def table(n):
    out = []
    for i in range(-n, n):
        out.append((i * 2, 2 * i, i ** 2, i ** 3, i * 8, i // 4, i % 16, -i * 32))
    return out

def accumulate(limit):
    total = 1
    step = 0
    while step < limit:
        total *= 2
        total += step ** 2
        step = step + 1
    total //= 4
    total %= 1024
    return total, step

def flags():
    t = True
    f = False
    return t * 2, f * 2, t ** 2, t * 4, t // 2, t % 2, f % 8

def big():
    x = 2 ** 100 + 12345
    y = -x
    return x * 2, y // 8, y % 64, x ** 2 % 1000003

for row in table(5):
    print(row)
print(accumulate(20))
print(flags())
print(big())

# run: -m pdb
# Breakpoints: file:line, function, conditions, ignore counts, temporary ones, enable/disable, clear, until.
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def report(limit):
    out = []
    for start in range(1, limit):
        out.append((start, collatz(start)))
    return out

rows = report(8)
for row in rows:
    print(*row)

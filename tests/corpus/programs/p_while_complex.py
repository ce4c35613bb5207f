def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], max(range(1, 1000), key=collatz))
def digits_sum(n):
    s = 0
    while n:
        s, n = s + n % 10, n // 10
    return s
print(digits_sum(2 ** 100), sum(int(d) for d in str(2 ** 100)))
i, found = 0, []
while len(found) < 5:
    i += 1
    if i % 3 == 0 and i % 5 == 0:
        found.append(i)
print(found)

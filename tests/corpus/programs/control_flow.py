for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=",")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while else")
while True:
    n -= 1
    if n < 2:
        break
print("n now", n)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x > 3 else "no", x > 3 and "and" or "or", None or 0 or "last", 1 and 2 and 3)
print(1 < x < 10, 1 < x > 10, 3 == 3 == 3, 1 < 2 < 3 < 2)
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == 1:
            continue
        print(a, b)

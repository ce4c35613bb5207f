def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
n = 17
d = 2
while d * d <= n:
    if n % d == 0:
        print(n, "is composite")
        break
    d += 1
else:
    print(n, "is prime")
count = 0
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        count += 1
    else:
        count += 100
print(count)
i = 0
while i < 3:
    i += 1
    try:
        if i == 2:
            continue
        print("body", i)
    finally:
        print("finally", i)

x = 1
y = x + 2 * 3
if x < y and not y == 7:
    print("lt")
else:
    print("ge")
for i in range(3):
    if i == 1:
        continue
    x += i
while x > 0:
    x -= 1
a, *b = [1, 2, 3]
print(f"{x!r:>4} {y}", [i for i in b], {"k": a})

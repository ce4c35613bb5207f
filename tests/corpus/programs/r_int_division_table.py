for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b, int(a / b))
for a in (7.5, -7.5):
    print(a // 2, a % 2, a // -2, a % -2, round(a), round(a, 0))
print(0 // 5, 0 % 5, -0.0 // 1, 5 % 5, 1 % 1.5, 2 ** 0, 0 ** 0, 0.0 ** 0)

a = 2 ** 200
b = 3 ** 150
print(a, b)
print(a * b, a // b, a % b, -a // 7, -a % 7)
print(a > b, a == 2 ** 200, hash(2 ** 64) == hash(2 ** 64), abs(-a) == a)
print(str(10 ** 50)[:10], len(str(7 ** 500)), int("9" * 40) + 1)
print((a >> 190), (a | 1) & 0xFF, a ^ (a - 1), ~a < 0)
print(pow(3, 1000, 10 ** 9 + 7), pow(7, -1, 13), divmod(10 ** 30, 7 ** 20))
n = 1
for i in range(1, 51):
    n *= i
print(n)
print(f"{2**100:,}", f"{2**70:x}", format(-(2 ** 65), "b")[:10])
print(float(2 ** 100), 2 ** 100 / 2 ** 98, (10 ** 20) / 3)
print(int(1e20), int(-1.5e18), round(10 ** 25 + 0.0))

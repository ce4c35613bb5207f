def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
for n in [0, 5, 255, -255, 2 ** 64]:
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
print(int("  42\n"), int("+7"), str(int("007")), int(" -0 "))
for bad in ["", "1.5", "0x10", "1 2", "٣"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)

def try_unpack(v, n):
    try:
        if n == 2:
            a, b = v
            return a, b
        a, b, c = v
        return a, b, c
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
print(try_unpack([1, 2], 2), try_unpack([1], 2), try_unpack([1, 2, 3], 2), try_unpack(5, 2), try_unpack("ab", 3), try_unpack(iter(range(5)), 3))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
a, *b, c = [1, 2]
print(a, b, c)

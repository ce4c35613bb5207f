def bits(n):
    return bin(n).count("1")
print([bits(i) for i in range(16)])
x = 0b1011_0110
print(x & 0xF, x | 0x100, x ^ 0xFF, x << 4, x >> 3, ~x & 0xFF)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
print([i for i in range(32) if i & (i - 1) == 0])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b00000110), format(reverse_bits(1, 16), "016b"))
print(-8 >> 1, -1 & 0xFFFF, (-5) & 7, 1 << 100 >> 98, True << 3, 5 ^ True)
print((255).bit_count(), int.bit_length(-16), (1 << 64) - 1)

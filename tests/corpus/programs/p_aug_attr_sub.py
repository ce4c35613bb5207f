class O: pass
o = O(); o.n = 1; o.l = [1]
o.n += 5; o.n *= 2; o.l += [2]; o.l *= 2
d = {"k": 1}; d["k"] += 10; d["k"] **= 2
l = [1, 2, 3]; l[0] -= 5; l[-1] //= 2; l[1] <<= 3
print(o.n, o.l, d, l)
s = "a"; s += "b"; s *= 3; print(s)
t = (1,); t += (2,); print(t)
x = 10; x /= 4; print(x); x %= 2; print(x)
n = 7; n &= 3; n |= 8; n ^= 1; n >>= 1; print(n)

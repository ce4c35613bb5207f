from fractions import Fraction


def solve(a, b):
    n = len(a)
    m = [[Fraction(x) for x in row] + [Fraction(y)] for row, y in zip(a, b)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if m[r][col] != 0)
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        m[col] = [x / p for x in m[col]]
        for r in range(n):
            if r != col and m[r][col] != 0:
                f = m[r][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [row[-1] for row in m]


def det(a):
    a = [[Fraction(x) for x in row] for row in a]
    n, d = len(a), Fraction(1)
    for i in range(n):
        p = next((r for r in range(i, n) if a[r][i] != 0), None)
        if p is None:
            return Fraction(0)
        if p != i:
            a[i], a[p] = a[p], a[i]
            d = -d
        d *= a[i][i]
        for r in range(i + 1, n):
            f = a[r][i] / a[i][i]
            a[r] = [x - f * y for x, y in zip(a[r], a[i])]
    return d


A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
print(solve(A, [8, -11, -3]), det(A))
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(H), solve(H, [1, 0, 0, 0]))
print(sum(Fraction(1, 2 ** k) for k in range(1, 20)), Fraction(355, 113) - Fraction(22, 7))
harm = [sum(Fraction(1, k) for k in range(1, n + 1)) for n in range(1, 8)]
print([str(h) for h in harm], float(harm[-1]))

import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.isqrt(99), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3))
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(1), math.pow(2, 0.5), math.log1p(1e-10))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001, rel_tol=1e-2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.isqrt(-4)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(sorted([3.5, -1, 2], key=math.fabs), math.floor(10 ** 20 + 0.5) == 10 ** 20, math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else 11)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, math.isqrt(n) + 1))]
print(primes)
def quad(a, b, c):
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    r = math.sqrt(disc)
    return tuple(sorted({(-b - r) / (2 * a), (-b + r) / (2 * a)}))
print(quad(1, -3, 2), quad(1, 2, 1), quad(1, 0, 1))

from fractions import Fraction as F
import math

a, b = F(1, 3), F(2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(2, 3)), -a, +a, abs(F(-3, 4)))
print(F(6, -4), F(0, 5), F(5), F('3/7'), F(' -1.25 '), F('1e-3'), F('2.5E2'), F('.5'), F('1_000/3'), F(0.1), F(F(2, 3)))
print(a ** 2, a ** -2, F(-2, 3) ** -3, F(4, 9) ** 0.5, 2 ** F(3), 2 ** F(1, 2), F(0) ** 0)
print(a + 1, 1 + a, a * 3, 3 - a, 1 / a, a + 0.5, 0.5 + a, a * 1j)
print(a < b, a > 0.3, a == F(2, 6), F(1, 2) == 0.5, F(1, 2) < 1, F(3) == 3, 0.25 <= F(1, 4), F(1, 2) != 'x')
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-7, 1)) == hash(-7), hash(F(1, 3)) == hash(F(2, 6)))
print(F(7, 2).numerator, F(7, 2).denominator, F(7, 2).as_integer_ratio(), F(4, 2).is_integer())
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), float(F(1, 8)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(22, 7), 2), round(F(1234, 1), -2), math.trunc(F(9, 4)), bool(F(0)), bool(F(1, 9)))
print(F(3.141592653589793).limit_denominator(1000), F(math.pi).limit_denominator(100), F(1, 3).limit_denominator(10))
print(F('0.333333333').limit_denominator(10), F(10, 4).limit_denominator(1))
print(sum(F(1, n) for n in range(1, 11)), sorted([F(1, 2), F(1, 3), F(2, 3), 0.4, 1]))
print(F.from_float(0.75), f'{F(1, 3):.5f}', f'{F(5, 4)}', format(F(2, 3), '>8'), str(F(-4, 1)), format(F(-2000, 3), '+_'), format(F(1, 2), '*^9'), format(F(3), '+'), format(F(2, 3), '.1%'))
for bad in ['1/0', 'abc', '1.2.3', '', '3/-4']:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1.5, 2)
except TypeError as e:
    print('TypeError', e)
try:
    a / F(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
# egyptian fractions, a course staple
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(F(1, d))
        fr -= F(1, d)
    return out
print(egyptian(F(4, 13)), {F(1, 2): 'half'}[F(2, 4)])

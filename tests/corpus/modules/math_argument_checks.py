"""math's functions check their arguments before running, with CPython's messages (positional-only functions,
the fast-call forms, prod's keyword-only start); ldexp with a huge exponent over- or underflows."""
import math

calls = [
    lambda: math.floor(), lambda: math.floor(1, 2), lambda: math.floor(x=1), lambda: math.sqrt(),
    lambda: math.atan2(1), lambda: math.atan2(1, x=2), lambda: math.fma(1, 2), lambda: math.copysign(1, 2, 3),
    lambda: math.perm(), lambda: math.perm(1, 2, 3), lambda: math.log(), lambda: math.log(1, 2, 3),
    lambda: math.log(1, base=2), lambda: math.prod(), lambda: math.prod([2, 3], start=4),
    lambda: math.prod([2], stop=1), lambda: math.gcd(x=1), lambda: math.hypot(x=1), lambda: math.fsum(),
    lambda: math.factorial(1, 2), lambda: math.ldexp(1.0, 2**100), lambda: math.ldexp(1.0, -2**100),
    lambda: math.ldexp(3.0, 4), lambda: math.gcd(), lambda: math.lcm(), lambda: math.hypot(),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

import math
for a in range(2, 7):
    print([math.gcd(a, b) for b in range(2, 7)], [math.lcm(a, b) for b in range(2, 7)])

import math

def area(r):
    return math.pi * math.sqrt(r) ** 2

values = [4, 9, -1]
for v in values:
    print(round(area(v), 3))

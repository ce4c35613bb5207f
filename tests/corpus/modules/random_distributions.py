import random

random.seed(12345)
print(random.choices('abc', k=8))
print(random.choices(['red', 'green', 'blue'], weights=[10, 1, 5], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=6), random.choices([1, 2]))
print([round(random.gauss(0, 1), 12) for _ in range(5)])
print([round(random.gauss(100, 15), 9) for _ in range(3)])
print([round(random.normalvariate(5, 2), 12) for _ in range(3)], round(random.normalvariate(), 12))
print([round(random.expovariate(1.5), 12) for _ in range(3)], [round(random.triangular(0, 10, 2), 12) for _ in range(3)])
print(round(random.triangular(), 12), random.triangular(3, 3, 3))
r = random.Random(99)
st = r.getstate()
g1 = r.gauss(0, 1)
g2 = r.gauss(0, 1)
r.setstate(st)
print(r.gauss(0, 1) == g1, r.gauss(0, 1) == g2)
r.seed(99)
print(r.gauss(0, 1) == g1)
for bad in [dict(weights=[1]), dict(weights=[0, 0]), dict(weights=[1, 1], cum_weights=[1, 2])]:
    try:
        random.choices('ab', **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
heights = [random.gauss(170, 10) for _ in range(1000)]
mean = sum(heights) / len(heights)
print(round(mean, 6), round((sum((h - mean) ** 2 for h in heights) / len(heights)) ** 0.5, 6))

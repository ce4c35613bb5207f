# random follows CPython's random.py draw for draw: every distribution from one seed, the state round trip,
# pickling, seeds of each type, and subclasses or instances whose random()/getrandbits() are replaced.
import pickle
import random

random.seed(2024)
print(random.random(), random.randint(1, 6), random.randrange(10, 100, 3), random.choice('abcdefg'))
deck = list(range(12))
random.shuffle(deck)
print(deck, random.sample(range(100), 4), random.sample('abc', counts=[2, 1, 3], k=5))
print(random.choices('xyz', k=4), random.choices('xyz', [5, 1, 1], k=4), random.choices('xyz', cum_weights=[1, 2, 9], k=4))
print(random.uniform(1, 2), random.triangular(), random.triangular(0, 10, 8))
print(random.normalvariate(), random.gauss(5, 2), random.gauss(5, 2), random.lognormvariate(0, 0.5))
print(random.expovariate(3), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 2), random.gammavariate(1.0, 2), random.gammavariate(4.5, 2), random.betavariate(2, 5))
print(random.paretovariate(3), random.weibullvariate(2, 1.5))
print([random.binomialvariate(n, p) for n, p in ((1, 0.5), (20, 0.1), (20, 0.9), (1000, 0.4), (10, 0.0))])
print(random.getrandbits(100), random.randbytes(6))

for seed in (0, -5, 3.25, 'text', b'bytes', bytearray(b'ba'), 10 ** 30):
    print(repr(seed), random.Random(seed).random())
print(random.Random('text', ).random() == random.Random(b'text').random())
r = random.Random()
r.seed('legacy', version=1)
print(r.random())
try:
    random.Random([1, 2])
except TypeError as e:
    print('TypeError:', e)

g = random.Random(99)
state = g.getstate()
first = [g.random() for _ in range(3)]
g.setstate(state)
print(first == [g.random() for _ in range(3)], state[0], len(state[1]))
copy = pickle.loads(pickle.dumps(g))
print(copy.random() == g.random(), type(copy).__name__)
for bad in ((3, (0,) * 624, None), (3, tuple(range(624)) + (625,), None), (9, (), None)):
    try:
        g.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Counting(random.Random):
    def random(self):
        self.calls = getattr(self, 'calls', 0) + 1
        return super().random()


c = Counting(1)
c.randrange(1000)
c.choice('abc')
print(c.calls, Counting._randbelow is random.Random._randbelow)

p = random.Random(3)
p.random = iter([0.25, 0.5, 0.75, 0.0, 0.1]).__next__
print(p.uniform(0, 4), p.expovariate(2.0), p.paretovariate(1.0))

for args in ((0,), (5, 5), (1, 10, 0)):
    try:
        random.randrange(*args)
    except ValueError as e:
        print('ValueError:', e)
for call in (lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.choices('ab', k=2.5),
             lambda: random.gammavariate(0, 1), lambda: random.binomialvariate(-1), lambda: random.sample({1, 2}, 1)):
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(type(random.SystemRandom().random()).__name__, 0 <= random.SystemRandom().randrange(10) < 10)

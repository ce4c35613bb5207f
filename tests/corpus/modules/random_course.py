import random

random.seed(2024)
deck = [f'{r}{s}' for s in 'SHDC' for r in ['A', '2', '3', '4', '5', '6', '7', '8', '9', 'T', 'J', 'Q', 'K']]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)
print(random.choice(deck), random.sample(range(100), 5), random.randint(1, 6), random.randrange(0, 100, 5))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print({t: rolls.count(t) for t in range(2, 13)})
print(round(random.random(), 12), round(random.uniform(-1, 1), 12), random.getrandbits(20))
rng = random.Random(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice([-1, 1]))
print(walk, max(walk), min(walk))
random.seed('a string seed')
print([random.randint(0, 9) for _ in range(10)])
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
pi_hits = sum(1 for _ in range(2000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(pi_hits, 4 * pi_hits / 2000)

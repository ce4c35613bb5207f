import random
for s in (0, 1, 42, -7, 2**40 + 3, 10**30):
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 100, 7) for _ in range(10)])
print([random.randrange(50, 0, -3) for _ in range(10)])
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
print(random.randint(0, 2**70))

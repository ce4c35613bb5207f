import random
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: random.randrange(0))
show(lambda: random.randrange(5, 5))
show(lambda: random.randrange(1, 10, 0))
show(lambda: random.randrange(10, 1, 2))
show(lambda: random.choice([]))
show(lambda: random.sample([1, 2], 3))
show(lambda: random.getrandbits(-1))
show(lambda: random.sample({1, 2}, 1))
random.seed(5)
print(random.randint(3, 3))
random.randint(5, 1)

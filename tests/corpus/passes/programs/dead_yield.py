# A function whose only yield is dead is still a generator.
def gen():
    print("never printed until iterated")
    return
    yield 1

g = gen()
print(type(g).__name__)
print(list(g))

def gen():
    yield 1
    raise StopIteration
list(gen())

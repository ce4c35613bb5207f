def gen():
    yield 1
    raise LookupError("inside generator")
for v in gen():
    print(v)

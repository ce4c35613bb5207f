def gen():
    step = 2
    start = 1
    for i in range(start, 10, step):
        yield i * step

print(list(gen()))

# Generators: pipelines of generators, yield from, generator expressions and send().
def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def squares(source):
    for x in source:
        yield x * x

def evens(source):
    yield from (x for x in source if x % 2 == 0)

def chunked(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

total = 0
for chunk in chunked(evens(squares(naturals(2000000))), 7):
    total += sum(chunk) % 1000003
print(total)

avg = averager()
next(avg)
last = None
for i in range(600000):
    last = avg.send(i % 97)
print("%.6f" % last)
print(sum(x for x in range(1500000) if x % 3 == 0))

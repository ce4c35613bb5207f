def read_lines():
    for line in ["10 apples", "3 pears", "bad line", "7 kiwis"]:
        yield line
def parse(lines):
    for line in lines:
        parts = line.split()
        try:
            yield int(parts[0]), parts[1]
        except ValueError:
            print("skip:", line)
def total(items):
    t = 0
    for n, _ in items:
        t += n
        yield t
print(list(total(parse(read_lines()))))
gen = (x for x in range(3))
print(sum(gen), sum(gen))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals()))))

# Closures: counters, adders, nonlocal updates, lambdas and higher-order functions.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def compose(f, g):
    return lambda x: f(g(x))

def adder(n):
    def add(x):
        return x + n
    return add

counter = make_counter()
for i in range(1500000):
    counter(i % 3)
print(counter(0))

fns = [adder(i) for i in range(10)]
pipeline = fns[0]
for f in fns[1:]:
    pipeline = compose(f, pipeline)
total = 0
for i in range(150000):
    total += pipeline(i)
print(total)

print(sum(map(lambda x: x * 2, filter(lambda x: x % 7 == 0, range(2000000)))))

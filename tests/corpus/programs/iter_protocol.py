class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), [x * 2 for x in Countdown(3)], sum(Countdown(4)))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
print(list(Range2(9)), 4 in Range2(9), 5 in Range2(9))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
def reader():
    data = iter(["a", "b", "", "c"])
    return iter(lambda: next(data), "")
print(list(reader()))
e = enumerate("xyz")
print(next(e), list(e))
z = zip(range(3), "abcd")
print(list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError:", err)
m = map(str.upper, ["a", "b"])
print(list(m), list(m))

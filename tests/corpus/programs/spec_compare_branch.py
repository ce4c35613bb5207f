# Comparisons followed by a conditional jump: after warm-up the threaded loop decides the branch from the
# specialized int/float comparison directly; other operand types reaching the same site take the general path.
def classify(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if not a != b:
        out.append("not-ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    return out


def walk(a, b):
    steps = 0
    while a < b:
        a = a + 1
        steps += 1
    return steps


def count(n):
    c = 0
    for i in range(n):
        if i < n // 2:
            c += 1
        x = i * 0.5
        if x >= 10.25:
            c += 100
    return c


for k in range(120):  # long enough for the function to be compiled with specialized comparisons
    classify(k % 3, 1)
    classify(k * 0.5, 1.0)
    walk(k % 4, 3)
    walk(k * 0.25, 2.0)
    count(30)

cases = [(0, 1), (1, 1), (2, 1), (0.5, 1.0), (1.0, 1.0), (float("nan"), 1.0), (float("inf"), 1.0),
         (1 << 80, (1 << 80) + 2), (-(1 << 70), 1 - (1 << 70)), (True, 2), ("a", "b"), ("b", "b"), ((1, 2), (1, 3)), (1, 2.5), (2.5, 1)]
for a, b in cases:
    print(repr(a)[:12], repr(b)[:12], classify(a, b))
print(count(30), count(0), count(100))
print(walk(0, 5), walk(0.5, 3.0), walk(1 << 80, (1 << 80) + 3), walk(-2.5, 0), walk(True, 3), walk(float("nan"), 5.0))


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __le__(self, other):
        return [1] if self.v <= other.v else []

    def __eq__(self, other):
        return 0

    def __ne__(self, other):
        return "yes"

    def __gt__(self, other):
        return self.v > other.v

    def __ge__(self, other):
        return None

    def __add__(self, n):
        return Weird(self.v + n)


print(classify(Weird(0), Weird(2)))
try:
    classify(1, "x")
except TypeError as e:
    print("TypeError:", e)

"""Module 9 of the start-up benchmark: a little of everything the compiler handles."""
from . import mod8

RATE_9 = 9 * 1.5 + 0.25
NAMES_9 = ("alpha", "beta", "gamma", "delta", "epsilon")[: 9 % 5 + 1]


class Item9:
    """A value with a name, compared and hashed by both."""

    __slots__ = ("name", "value")

    def __init__(self, name, value=0):
        self.name = name
        self.value = value

    def __repr__(self):
        return f"Item9({self.name!r}, {self.value})"

    def __eq__(self, other):
        return isinstance(other, Item9) and (self.name, self.value) == (other.name, other.value)

    def __hash__(self):
        return hash((self.name, self.value))

    @property
    def weight(self):
        return self.value * RATE_9


class Store9:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, value):
        item = self.items.get(name)
        if item is None:
            item = self.items[name] = Item9(name, value)
        else:
            item.value += value
        self.log.append(("add", name, value))
        return item

    def remove(self, name):
        try:
            item = self.items.pop(name)
        except KeyError:
            self.log.append(("missing", name, None))
            return None
        self.log.append(("remove", name, item.value))
        return item

    def total(self):
        return sum(item.weight for item in self.items.values())

    def report(self):
        lines = []
        for name, item in sorted(self.items.items()):
            lines.append("%-8s %6d %8.2f" % (name, item.value, item.weight))
        return "\n".join(lines)


def primes_9(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            for m in range(n * n, limit + 1, n):
                sieve[m] = False
    return [n for n, ok in enumerate(sieve) if ok]


def words_9(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def pipeline_9(values):
    evens = (v for v in values if v % 2 == 0)
    squares = map(lambda v: v * v, evens)
    return {k: v for k, v in zip(range(100), squares)}


def classify_9(value):
    match value:
        case int() if value < 0:
            return "negative"
        case 0:
            return "zero"
        case int(n) if n % 2 == 0:
            return "even"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"kind": kind}:
            return f"dict of kind {kind}"
        case _:
            return "other"


def run_9():
    store = Store9()
    for k, name in enumerate(NAMES_9):
        store.add(name, k + 9)
    store.remove("nobody")
    ps = primes_9(50 + 9)
    ws = words_9("the quick brown fox jumps over the lazy dog. The dog sleeps!")
    squares = pipeline_9(range(9 + 10))
    kinds = [classify_9(v) for v in (-1, 0, 4, 7, [1, 2], {"kind": "x"})]
    return (round(store.total(), 2), len(ps), ws[0], sum(squares.values()), kinds[9 % 6], mod8.run_8()[0])

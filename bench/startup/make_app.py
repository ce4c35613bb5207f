"""Writes bench/startup/app: a 20-module program (a package of 19 modules plus main.py) for measuring
how much a warm __pycache__ cuts `pytk run` start-up (bench/cache.sh). Deterministic; rerun to regenerate."""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "app")
N = 19

MODULE = '''\
"""Module {i} of the start-up benchmark: a little of everything the compiler handles."""
{imports}

RATE_{i} = {i} * 1.5 + 0.25
NAMES_{i} = ("alpha", "beta", "gamma", "delta", "epsilon")[: {i} % 5 + 1]


class Item{i}:
    """A value with a name, compared and hashed by both."""

    __slots__ = ("name", "value")

    def __init__(self, name, value=0):
        self.name = name
        self.value = value

    def __repr__(self):
        return f"Item{i}({{self.name!r}}, {{self.value}})"

    def __eq__(self, other):
        return isinstance(other, Item{i}) and (self.name, self.value) == (other.name, other.value)

    def __hash__(self):
        return hash((self.name, self.value))

    @property
    def weight(self):
        return self.value * RATE_{i}


class Store{i}:
    def __init__(self):
        self.items = {{}}
        self.log = []

    def add(self, name, value):
        item = self.items.get(name)
        if item is None:
            item = self.items[name] = Item{i}(name, value)
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
        return "\\n".join(lines)


def primes_{i}(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            for m in range(n * n, limit + 1, n):
                sieve[m] = False
    return [n for n, ok in enumerate(sieve) if ok]


def words_{i}(text):
    counts = {{}}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def pipeline_{i}(values):
    evens = (v for v in values if v % 2 == 0)
    squares = map(lambda v: v * v, evens)
    return {{k: v for k, v in zip(range(100), squares)}}


def classify_{i}(value):
    match value:
        case int() if value < 0:
            return "negative"
        case 0:
            return "zero"
        case int(n) if n % 2 == 0:
            return "even"
        case [first, *rest]:
            return f"list starting {{first}} with {{len(rest)}} more"
        case {{"kind": kind}}:
            return f"dict of kind {{kind}}"
        case _:
            return "other"


def run_{i}():
    store = Store{i}()
    for k, name in enumerate(NAMES_{i}):
        store.add(name, k + {i})
    store.remove("nobody")
    ps = primes_{i}(50 + {i})
    ws = words_{i}("the quick brown fox jumps over the lazy dog. The dog sleeps!")
    squares = pipeline_{i}(range({i} + 10))
    kinds = [classify_{i}(v) for v in (-1, 0, 4, 7, [1, 2], {{"kind": "x"}})]
    return (round(store.total(), 2), len(ps), ws[0], sum(squares.values()), kinds[{i} % 6]{prev})
'''


def main():
    pkg = os.path.join(HERE, "appkg")
    os.makedirs(pkg, exist_ok=True)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write('"""The start-up benchmark package."""\n')
    for i in range(1, N):
        imports = f"from . import mod{i - 1}" if i > 1 else ""
        prev = f", mod{i - 1}.run_{i - 1}()[0]" if i > 1 else ""
        with open(os.path.join(pkg, f"mod{i}.py"), "w") as f:
            f.write(MODULE.format(i=i, imports=imports, prev=prev))
    with open(os.path.join(HERE, "main.py"), "w") as f:
        f.write('"""Imports all modules of appkg and prints one result line from each."""\n')
        for i in range(1, N):
            f.write(f"from appkg import mod{i}\n")
        f.write("\nimport sys\nif '--imports-only' in sys.argv:\n    raise SystemExit\n")
        f.write("\nfor m in (" + ", ".join(f"mod{i}" for i in range(1, N)) + "):\n")
        f.write("    name = m.__name__.split('.')[-1]\n")
        f.write("    print(name, getattr(m, 'run_' + name[3:])())\n")


if __name__ == "__main__":
    main()

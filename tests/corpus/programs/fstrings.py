name = "pytk"
n = 42
pi = 3.14159
print(f"{name} is {n} years")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:#b}|{n:,}")
print(f"{pi:.2f} {pi!r} {name!r} {name!s:>8} {name!a}")
print(f"{'nested'} {f'{n}'} {n + 1} {[1, 2][0]} {dict(a=1)['a']}")
width = 8
print(f"{name:>{width}}|{pi:{width}.{2}f}|")
print(f"{n=}", f"{pi = :.1f}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{{braces}} {n:*^10}")
print(f"{1_000_000:_}", f"{-5:+}", f"{5:+}", f"{5: }")

tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: len(5),
    lambda: [1][5],
    lambda: None.attr,
    lambda: int("xyz"),
    lambda: (1, 2)[0:1][3],
    lambda: {}[[]],
    lambda: [] < 1,
    lambda: iter(5),
    lambda: "abc".index("z"),
    lambda: [].pop(),
    lambda: float("nope"),
    lambda: object().x,
    lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2),
    lambda: (lambda: 0)(x=1),
    lambda: divmod(1, 0),
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: chr(-1),
    lambda: [1, 2, 3].remove(9),
    lambda: dict(a=1)["b"],
    lambda: "x" * "y",
    lambda: -"s",
    lambda: sum(["a"]),
    lambda: next(iter([])),
    lambda: int.from_bytes,
    lambda: sorted([1, "a"]),
    lambda: tuple(1),
    lambda: "%d" % "x",
    lambda: abs("s"),
    lambda: ord("ab"),
    lambda: range(1.5),
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)

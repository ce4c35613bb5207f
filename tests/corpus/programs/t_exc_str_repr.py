for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), OSError(2, "nf"), StopIteration(5), SystemExit(3)]:
    print(repr(e), "|", str(e), "|", e.args)

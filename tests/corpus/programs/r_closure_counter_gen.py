def make_id_gen(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return next_id
a = make_id_gen("A"); b = make_id_gen("B")
print(a(), a(), b(), a(), b())
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21))

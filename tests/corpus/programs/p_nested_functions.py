def make_ops():
    ops = {}
    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco
    @register("add")
    def add(a, b): return a + b
    @register("mul")
    def mul(a, b): return a * b
    return ops
ops = make_ops()
print(sorted(ops), ops["add"](2, 3), ops["mul"](2, 3))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(50), len(tri.cache))
def repeat(times):
    def deco(fn):
        def wrapped(*a):
            return [fn(*a) for _ in range(times)]
        return wrapped
    return deco
@repeat(3)
def hi(name): return "hi " + name
print(hi("x"))

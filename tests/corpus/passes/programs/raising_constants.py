# What would raise is left for run time, and raises there.
for expr in ["1 / 0", "1 % 0", "'a' + 1", "(1, 2)[5]", "'abc'[10]", "1 << -1", "0.0 ** -1", "2.0 ** 10000"]:
    try:
        print(eval(compile(expr, "<e>", "eval")))
    except Exception as e:
        print(expr, "->", type(e).__name__)

def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "div"

print(f())

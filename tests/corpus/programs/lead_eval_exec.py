x = 10
print(eval("x + 1"), eval("  2 * 3"), eval(b"x * 2"))
exec("y = x * 3\nprint('in exec', y)")
print(y)
ns = {}
exec("def f(a):\n    return a + 1\nz = f(1)", ns)
print(ns["z"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"), type(ns["__builtins__"]).__name__)
print(eval("a + b", {"a": 1, "b": 2}), eval("a * b", {"a": 3}, {"b": 4}))
code = compile("q = 5\nq * 2", "<mine>", "exec")
print(type(code).__name__, code.co_filename, code.co_name, code.co_firstlineno)
g = {}
exec(code, g); print(g["q"])
e = compile("1 + 2", "f", "eval"); print(eval(e), eval(e))
s = compile("3 + 4\nNone\n'x'", "s", "single") if False else compile("3 + 4", "s", "single")
exec(s)
def func():
    local = 5
    exec("local = 6\nnew = 7")
    print(local, "new" in locals())
    print(eval("local * 2"))
func()
try:
    eval("1 +")
except SyntaxError as err:
    print("SyntaxError:", err, err.msg, err.lineno, repr(err.text), err.filename)
try:
    exec("x = = 2")
except SyntaxError as err:
    print(err, err.args)
try:
    eval("undefined_name")
except NameError as err:
    print("NameError:", err)
try:
    eval("x = 1")
except SyntaxError as err:
    print(err)
try:
    compile("x", "f", "bad")
except ValueError as err:
    print(err)
try:
    eval(42)
except TypeError as err:
    print(err)
try:
    exec("return 1")
except SyntaxError as err:
    print(err)
class M(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("a + b", {}, M()))
r = {}
exec("class C:\n    v = 1\n    def m(self): return self.v + 1\nres = C().m()", r)
print(r["res"], r["C"].__module__ if "__name__" in r else r["C"].__module__)
print(eval("[i * i for i in range(n)]", {"n": 4}))
exec("import math\nprint(math.sqrt(16))")
print(eval("__name__"))
exec("raise ValueError('from exec')")

# Issue 15: CPython's parser recurses once per elif/else clause and stops at its stack limit (MAXSTACK) with
# MemoryError; a chain inside a body has fewer clauses left, by what the enclosing bodies cost.
CONTEXTS = {
    "module": ("{}", 0),
    "function": ("def f():\n{}", 1),
    "class": ("class C:\n{}", 1),
    "except clause in a method": ("class C:\n def f(self):\n  try: pass\n  except E:\n{}", 3),
    "else after 100 elifs": ("if y: pass\n" + "elif y: pass\n" * 100 + "else:\n{}", 1),
    "with an else, in a for": ("for a in b:\n{}", 1),
}


def chain(n, indent, with_else):
    lines = [indent + "if x: pass"] + [indent + "elif x: pass"] * (n - with_else)
    if with_else:
        lines.append(indent + "else: pass")
    return "\n".join(lines) + "\n"


def outcome(src):
    try:
        compile(src, "s", "exec")
        return "ok"
    except MemoryError as e:
        return "MemoryError: %s" % e


for name, (template, depth) in CONTEXTS.items():
    with_else = name.startswith("with an else")
    make = lambda n: template.format(chain(n, " " * depth, with_else))
    lo, hi = 5800, 6000
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if outcome(make(mid)) == "ok":
            lo = mid
        else:
            hi = mid
    print(name, "|", lo, "clauses after the if compile;", hi, "->", outcome(make(hi)))

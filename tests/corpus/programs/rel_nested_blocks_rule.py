# Issue 15: CPython's rule for "too many statically nested blocks", construct by construct: every loop, try
# body, finally body, with item and async for is one block; an except (or except*) clause body is two (the
# handler and its cleanup); a generator or coroutine body starts one deep; an inlined comprehension's
# `async for` is one more. (A finally body is one block too, but nesting it doubles the code at each level:
# rel_nested_blocks.py has it.) Prints the deepest nesting compile() accepts and the error one level deeper.
TEMPLATES = {
    "while": "while x:\n{}",
    "for": "for x in y:\n{}",
    "while else": "while x:\n pass\nelse:\n{}",
    "try body (except)": "try:\n{}\nexcept E:\n pass",
    "except clause": "try:\n pass\nexcept E:\n{}",
    "except as clause": "try:\n pass\nexcept E as e:\n{}",
    "try else": "try:\n pass\nexcept E:\n pass\nelse:\n{}",
    "try body (finally)": "try:\n{}\nfinally:\n pass",
    "try body (except, finally)": "try:\n{}\nexcept E:\n pass\nfinally:\n pass",
    "except clause (finally)": "try:\n pass\nexcept E:\n{}\nfinally:\n pass",
    "except* clause": "try:\n pass\nexcept* E:\n{}",
    "with": "with a:\n{}",
    "with 2 items": "with a, b:\n{}",
    "match case": "match x:\n case 1:\n  {}",
}


def nest(template, n, inner="pass"):
    # The placeholder line gets the inner text, indented one column deeper than the placeholder's line.
    body = inner
    for _ in range(n):
        out = []
        for line in template.format("\x00").split("\n"):
            if line.strip() == "\x00":
                out.extend(" " * len(line) + b for b in body.split("\n"))
            else:
                out.append(line)
        body = "\n".join(out)
    return body


def indent(text, by):
    return "\n".join(" " * by + line for line in text.split("\n"))


def fails(src):
    try:
        compile(src + "\n", "<probe>", "exec")
        return None
    except SyntaxError as e:
        return "%s: %s (line %s, offset %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)


def deepest(make):
    # The limits are under 25 levels; a binary search keeps the number of compile() calls small.
    lo, hi = 0, 25
    if not fails(make(hi)):
        return "%d or more" % hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fails(make(mid)):
            hi = mid
        else:
            lo = mid
    return "%d, then %s" % (lo, fails(make(hi)))


for name, template in TEMPLATES.items():
    print("module |", name, "|", deepest(lambda n: nest(template, n)))
for name in ("while", "try body (except)", "except clause", "except clause (finally)", "with 2 items"):
    template = TEMPLATES[name]
    print("generator |", name, "|", deepest(lambda n: "def f():\n yield\n" + indent(nest(template, n), 1)))
ASYNC = {
    "async for": ("async for x in y:\n{}", "pass"),
    "async with 2 items": ("async with a, b:\n{}", "pass"),
    "while around an async comprehension": ("while x:\n{}", "x = [a async for a in b]"),
    "while around two async clauses": ("while x:\n{}", "x = {a: c async for a in b async for c in a}"),
    "while around an async generator expression": ("while x:\n{}", "x = (a async for a in b)"),
    "while around a lambda": ("while x:\n{}", "f = lambda: 1"),
}
for name, (template, inner) in ASYNC.items():
    print("async def |", name, "|", deepest(lambda n: "async def f():\n" + indent(nest(template, n, inner), 1)))
print("function | while around a nested def |", deepest(lambda n: "def f():\n" + indent(nest("while x:\n{}", n, "def g():\n while y:\n  pass"), 1)))

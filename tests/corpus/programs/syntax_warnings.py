# The SyntaxWarnings of CPython 3.13's tokenizer, parser and compiler: issued through the warnings module when
# source is compiled (compile(), exec(), import), shown as "FILE:LINE: SyntaxWarning: ...", filtered as any
# warning, and turned into a SyntaxError at the warning's place by an "error" filter.
import os, sys, tempfile, warnings

CASES = [
    's = "\\d"', "b = b'\\q'", "o = '\\400'", "ob = b'\\777'", 'ok = "\\N{BULLET} \\u00e9 \\x41 \\\n"',
    'm = """one\n\\p two"""', 'f = f"{1}\\d{2}\\w"', 'nb = "\\é"', 'r = r"\\d"',
    "x is 1", "x is not 'a'", "1 is x", "x is ()", "x is -1", "x is (1, 2)", "x == 3 is y", "x is None",
    "x is ...", "x is [1]", "None is 1",
    "assert (x, 'msg')", "assert ()", "assert (x)", "assert x, 'msg'",
    "[(1, 2) (3, 4)]", "[[1] (2)]", "['a' (1)]", "[None (1)]", "[f'{x}' (1)]", "[(i for i in x) (1)]", "[x (1)]",
    "[{1, 2} [0]]", "[123 [0]]", "[(lambda: 1) [0]]", "[None [0]]", "['abc' [1, 2]]", "[[1] ['a']]", "[(1, 2) [x]]",
    "[(1, 2) [0]]", "[[1] [1:2]]", "['abc' [True]]",
    "1if x else y", "0x1for x in ()", "[1.5or 2]", "1in x",
    "def f():\n    if x is 'a': pass\n    return 1 (2)",
]

def record(src, mode="exec"):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", mode)
        except SyntaxError as e:
            print("  SyntaxError", e.msg)
    return [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in ws]

for src in CASES:
    print(repr(src), record(src))

print("-- as errors")
for src in ["x = 1\ny = x is 'a'", "a = 1\nb = '\\d'", "[(1, 2) (3, 4)]", "assert (x, 1)", "1if x else y",
            "x = '''\n\\d'''", "def g():\n    return {1} [0]"]:
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("error")
        try:
            compile(src, "<err>", "exec")
            print(repr(src), "compiled")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, e.args, len(ws))

print("-- ignored, once per compile")
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("ignore")
    compile("x is 1", "<i>", "exec")
    print(len(ws))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("default")
    for _ in range(2):
        compile("x is 1\nx is 2", "<d>", "exec")
    print([w.lineno for w in ws])

print("-- exec and eval")
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    exec("y = 1 is 1")
    print(eval("'\\d'"), [str(w.message) for w in ws])

print("-- shown on stderr, with the source line of a file")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "warnmod.py")
    with open(path, "w") as fh:
        fh.write("x = 1\nif x is 'a':\n    pass\npat = '\\d+'\nprint('warnmod ran')\n")
    import io
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            with open(path) as fh:
                code = compile(fh.read(), path, "exec")
            sys.path.insert(0, d)
            import warnmod
    finally:
        shown, sys.stderr = sys.stderr.getvalue(), old
        sys.path.remove(d)
    print(shown.replace(d, "TMP"), end="")

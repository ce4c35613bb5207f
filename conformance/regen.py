#!/usr/bin/env python3
"""Regenerates the expected outputs of the test corpora (tests/corpus/*) from CPython 3.13, the oracle:

    PYENV_VERSION=3.13.0 python3 conformance/regen.py [CORPUS[/NAME.py] ...]

With no argument every corpus is regenerated; CORPUS alone regenerates that corpus; CORPUS/NAME.py (or
modules/DIR/main.py) only that case. `--list` prints the corpora. `--check` regenerates into a copy and
exits 1 if any expected file differs from what CPython gives now (conformance/checks/corpora.sh runs it).

One convention for all: each case is an input file (NAME.py, or DIR/main.py for a multi-file program) with
its expected outputs beside it, one file per view, NAME.VIEW:

  corpus            views (what CPython 3.13 printed)
  programs          NAME.stdout, NAME.status   `python3 NAME.py arg1 arg2` in the folder
  modules           NAME.stdout, NAME.status   `python3 ABSPATH arg1 arg2`
  passes/programs   NAME.stdout, NAME.status   `python3 NAME.py` in the folder
  tracebacks        NAME.stderr                the whole stderr; the folder's path is written DIR
  symtable          NAME.expected              `python -m symtable NAME.py` (conformance/symtable_compare.py)
  tokenize          NAME.out, NAME.e.out, NAME.stdin.out   `python -m tokenize [-e] NAME.py` (stdin: < NAME.py)
  dump-ast          NAME.dump, NAME.dump-a     `python -m ast [-a] NAME.py`
  syntax-errors     NAME.expected              ast.parse's verdict: format_exception_only, or "OK"
  ast               NAME.json, NAME.dump*      pytk's JSON schema of the tree, ast.dump variants

.status: line 1 the exit status, line 2 the last non-blank line of standard error (empty if none). A view that
records stdout, stderr and status together (tokenize, symtable) separates them with "---- stderr" and
"---- exit N" lines.
Programs run with PYTHONHASHSEED=0, stdin from /dev/null and a 20 s limit. The tests read these files
through tests/Pytk.Tests/Support/Corpus.cs.
"""
import ast
import concurrent.futures
import glob
import filecmp
import json
import os
import shutil
import tempfile
import subprocess
import sys
import traceback
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "tests", "corpus")
sys.path.insert(0, HERE)


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="", errors="surrogatepass") as f:
        f.write(text)


def python(args, cwd, extra_env=None, stdin=None, timeout=20):
    """Runs CPython 3.13 (this interpreter) as the corpora's programs were run: returns (status, stdout, stderr)."""
    env = dict(os.environ, PYTHONHASHSEED="0", **(extra_env or {}))
    try:
        p = subprocess.run([sys.executable] + args, cwd=cwd, env=env, capture_output=True,
                           stdin=stdin if stdin is not None else subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return 124, e.stdout or b"", e.stderr or b""
    status = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return status, p.stdout, p.stderr


def status_file(status, stderr):
    lines = [line for line in stderr.split(b"\n") if line.strip()]
    return b"%d\n%s\n" % (status, lines[-1] if lines else b"")


# ---- the corpora of whole programs: NAME.stdout and NAME.status ----

def program_cases(folder, folders=False):
    cases = sorted(glob.glob(os.path.join(folder, "*.py")))
    if folders:
        cases += sorted(glob.glob(os.path.join(folder, "*", "main.py")))
    return cases


def run_program(path, args, absolute, extra_env=None):
    folder = os.path.dirname(path)
    target = path if absolute else os.path.basename(path)
    status, out, err = python([target] + args, folder, extra_env)
    base = path[:-3]
    write_bytes(base + ".stdout", out)
    write_bytes(base + ".status", status_file(status, err))


def programs(cases):
    return [lambda p=p: run_program(p, ["arg1", "arg2"], absolute=False) for p in cases]


def modules(cases):
    # Run by absolute path from the corpus folder, so a DIR/main.py program imports from DIR.
    env = {"PYTHONDONTWRITEBYTECODE": "1"}
    def one(p):
        folder = os.path.join(CORPUS, "modules")
        status, out, err = python([p, "arg1", "arg2"], folder, env)
        write_bytes(p[:-3] + ".stdout", out)
        write_bytes(p[:-3] + ".status", status_file(status, err))
    return [lambda p=p: one(p) for p in cases]


def passes(cases):
    return [lambda p=p: run_program(p, [], absolute=False) for p in cases]


def tracebacks(cases):
    folder = os.path.join(CORPUS, "tracebacks")
    def one(p):
        _, _, err = python([p], folder)
        write_bytes(p[:-3] + ".stderr", err.replace(folder.encode(), b"DIR"))
    return [lambda p=p: one(p) for p in cases]


# ---- the corpora of tool outputs ----

def symtable(cases):
    from symtable_compare import cpython_output
    folder = os.path.join(CORPUS, "symtable")
    def one(p):
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            write_text(p[:-3] + ".expected", cpython_output(os.path.basename(p), None))
        finally:
            os.chdir(cwd)
    # In this process (chdir): one at a time.
    return [lambda: [one(p) for p in cases]]


def tokenize(cases):
    folder = os.path.join(CORPUS, "tokenize")

    def run(args, stdin=None):
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        p = subprocess.run([sys.executable, "-m", "tokenize"] + args, cwd=folder, stdin=stdin, capture_output=True, env=env)
        return p.stdout + b"---- stderr\n" + p.stderr + b"---- exit %d\n" % p.returncode

    def stdin_friendly(data):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return not text.startswith("\ufeff") and "coding" not in text

    def one(p):
        name, base = os.path.basename(p), p[:-3]
        write_bytes(base + ".out", run([name]))
        write_bytes(base + ".e.out", run(["-e", name]))
        with open(p, "rb") as src:
            data = src.read()
        if stdin_friendly(data):
            with open(p, "rb") as src:
                write_bytes(base + ".stdin.out", run([], stdin=src))
        elif os.path.exists(base + ".stdin.out"):
            os.remove(base + ".stdin.out")
    return [lambda p=p: one(p) for p in cases] + [tokenize_strict_mode]


# Sources whose errors (or SyntaxWarnings) come from CPython's tokenizer in compiler mode; their
# outcome under compile() goes to tokenize/strict_mode.json for the strict-mode lexer tests.
STRICT_CASES = [
    'x = 1abc\n', 'x = 1if y else 2\n', 'x = 0777\n', 'x = 00\n', 'x = 0_7\n', 'x = 0_0\n',
    'x = (1]\n', 'x = (1,\n 2]\n', 'x = 1)\n', 'x = (1,\n', 'x = [\n(1,\n', 'x = 1 \\\n',
    'a\u20ac = 1\n', 'x = \u00a0\n', 'x = 1\n\x01\n', 'x = 0x1g\n', 'x = 1e5x\n', 'x = 1jx\n',
    'x=1_\n', 'f(**{a: b for a in c]\n', "x = f'{a]}'\n", 'x = 1 + \u2028\n', 'x = \u00b2\n',
    '\u212b = 1\n', 'x = 1.e\n', 'x = 0o7and 1\n', 'x = 1_0\n', '\u03c0 = 3\n', 'na\u00efve = 1\n',
    'x = 1 or 0x1for 2\n', 'x = [0b1in y]\n', 'x = 1not in y\n', 'x = 1is 1\n', "x = 'abc\n",
    'if x:\n    y\n  z\n', 'x = 0b2\n', 'x = 0o\n',
    # 100 levels of indentation: CPython's MAXINDENT.
    ''.join(' ' * i + 'if x:\n' for i in range(100)) + ' ' * 100 + 'pass\n',
]


def tokenize_strict_mode():
    def outcome(src):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                compile(src, "f.py", "exec")
                error = None
            except SyntaxError as e:
                error = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                         "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        return {"source": src, "error": error,
                "warnings": [str(w.message) for w in caught if w.category is SyntaxWarning]}
    with open(os.path.join(CORPUS, "tokenize", "strict_mode.json"), "w", encoding="utf-8") as f:
        json.dump([outcome(src) for src in STRICT_CASES], f, indent=1, ensure_ascii=False)
        f.write("\n")


def dump_ast(cases):
    def one(p):
        with open(p, "rb") as f:
            tree = ast.parse(f.read(), os.path.basename(p), "exec", type_comments=True)
        for suffix, attrs in ((".dump", False), (".dump-a", True)):
            write_text(p[:-3] + suffix, ast.dump(tree, include_attributes=attrs, indent=3) + "\n")
    return [lambda p=p: one(p) for p in cases]


def syntax_errors(cases):
    """Each snippet parsed as `python -m ast` parses a file (bytes, type comments on)."""
    def one(p):
        with open(p, "rb") as f:
            source = f.read()
        try:
            ast.parse(source, os.path.basename(p), "exec", type_comments=True)
            verdict = "OK\n"
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            verdict = "".join(traceback.format_exception_only(e))
        write_text(p[:-3] + ".expected", verdict)
    return [lambda p=p: one(p) for p in cases]


AST_VARIANTS = {
    "dump": dict(indent=3),
    "dump-a": dict(indent=3, include_attributes=True),
    "dump-flat": dict(),
    "dump-positional": dict(annotate_fields=False, indent="\t"),
    "dump-empty": dict(indent=1, show_empty=True),
}


def ast_corpus(cases):
    """For NAME.py (parsed in mode X if NAME is mode-X, else exec; type comments on, as `python -m ast`;
    optimized.py with optimize=1, for the constants only CPython's constant folder makes): NAME.json (the
    tree in pytk's JSON schema, conformance/ast_export.py: the tests' input) and the ast.dump variants."""
    import ast_export

    def one(p):
        name = os.path.basename(p)[:-3]
        mode = name[len("mode-"):] if name.startswith("mode-") else "exec"
        with open(p, "rb") as f:
            tree = ast.parse(f.read(), p, mode, type_comments=True, optimize=1 if name == "optimized" else -1)
        write_text(p[:-3] + ".json", ast_export.dumps(tree) + "\n")
        for suffix, kwargs in AST_VARIANTS.items():
            write_text(f"{p[:-3]}.{suffix}", ast.dump(tree, **kwargs) + "\n")
    return [lambda p=p: one(p) for p in cases] + [ast_repr_cases]


def ast_repr_cases():
    """ast/repr-cases.txt: repr() of pseudo-random floats, complex numbers, strs and bytes (fixed seed), one per
    line as KIND<TAB>PAYLOAD<TAB>REPR with PAYLOAD in hex (IEEE bits / code points / bytes)."""
    import random
    import struct
    rnd = random.Random(3130)
    bits = lambda d: struct.pack(">d", d).hex()  # noqa: E731
    floats = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308,
              float("inf"), float("-inf"), float("nan"), 123456789.0, 1e22, 1e23, 2.0 ** 63, 1 / 3, 2 / 3]
    floats += [struct.unpack(">d", rnd.getrandbits(64).to_bytes(8, "big"))[0] for _ in range(1500)]
    floats += [rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-30, 30) for _ in range(1500)]
    floats += [float(rnd.randint(0, 10 ** rnd.randint(1, 20))) for _ in range(300)]
    floats += [2.0 ** k for k in range(-80, 81)]  # powers of two: .NET's "R" misses some (2.0**-25)
    lines = [f"float\t{bits(d)}\t{d!r}" for d in floats]
    parts = floats[:21] + [rnd.uniform(-5, 5) for _ in range(20)] + [0.0, -0.0, 2.0, -1.5]
    for _ in range(400):
        c = complex(rnd.choice(parts), rnd.choice(parts))
        lines.append(f"complex\t{bits(c.real)},{bits(c.imag)}\t{c!r}")
    pools = [(0, 0x7f), (0x80, 0x2ff), (0x300, 0xffff), (0xd800, 0xdfff), (0x10000, 0x10ffff), (0x1f000, 0x1fbff)]
    for n in range(600):
        s_ = "".join(chr(rnd.randint(*rnd.choice(pools))) for _ in range(rnd.randint(0, 12)))
        if n % 7 == 0:
            s_ += rnd.choice(["'", '"', "'\"", "\\"])
        lines.append(f"str\t{','.join('%x' % ord(c) for c in s_)}\t{s_!r}")
    for n in range(200):
        b = bytes(rnd.randint(0, 255) for _ in range(rnd.randint(0, 12))) + rnd.choice([b"", b"'", b'"', b"'\""])
        lines.append(f"bytes\t{b.hex()}\t{b!r}")
    write_text(os.path.join(CORPUS, "ast", "repr-cases.txt"), "\n".join(lines) + "\n")


# corpus name -> (folder under tests/corpus, how cases are found, job maker)
CORPORA = {
    "programs": ("programs", program_cases, programs),
    "modules": ("modules", lambda d: program_cases(d, folders=True), modules),
    "passes": ("passes/programs", program_cases, passes),
    "tracebacks": ("tracebacks", program_cases, tracebacks),
    "symtable": ("symtable", program_cases, symtable),
    "tokenize": ("tokenize", program_cases, tokenize),
    "dump-ast": ("dump-ast", program_cases, dump_ast),
    "syntax-errors": ("syntax-errors", program_cases, syntax_errors),
    "ast": ("ast", program_cases, ast_corpus),
}


def main(argv):
    global CORPUS
    if "-h" in argv or "--help" in argv:
        print("usage: PYENV_VERSION=3.13.0 python3 conformance/regen.py [--check] [--list] [CORPUS[/NAME.py] ...]")
        return 0
    if sys.version_info[:2] != (3, 13):
        print("regen.py: run with CPython 3.13: PYENV_VERSION=3.13.0 python3 conformance/regen.py", file=sys.stderr)
        return 2
    if "--list" in argv:
        print("\n".join(CORPORA))
        return 0
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    if not check:
        return regenerate(argv)
    original = CORPUS
    with tempfile.TemporaryDirectory(prefix="pytk-regen-") as tmp:
        CORPUS = os.path.join(tmp, "corpus")
        shutil.copytree(original, CORPUS, ignore=shutil.ignore_patterns("__pycache__"))
        status = regenerate(argv)
        if status:
            return status
        stale = sorted(differences(original, CORPUS))
    for path in stale:
        print(f"out of date: tests/corpus/{path}")
    if stale:
        print(f"{len(stale)} expected file(s) differ from CPython 3.13's output: run conformance/regen.py")
        return 1
    print("every expected file is CPython 3.13's output")
    return 0


def differences(a, b, rel=""):
    """Files that differ, or exist on one side only, between two trees (paths relative to them)."""
    cmp = filecmp.dircmp(os.path.join(a, rel), os.path.join(b, rel), ignore=["__pycache__"])
    for name in cmp.left_only + cmp.right_only:
        yield os.path.join(rel, name)
    for name in cmp.common_files:
        if not filecmp.cmp(os.path.join(a, rel, name), os.path.join(b, rel, name), shallow=False):
            yield os.path.join(rel, name)
    for name in cmp.common_dirs:
        yield from differences(a, b, os.path.join(rel, name))


def regenerate(argv):
    selected = {}
    for arg in argv or list(CORPORA):
        name, _, case = arg.rstrip("/").partition("/")
        if name == "passes" and case.startswith("programs/"):
            case = case[len("programs/"):]
        if name not in CORPORA:
            print(f"unknown corpus {name!r}; one of: {', '.join(CORPORA)}", file=sys.stderr)
            return 2
        folder, find, _ = CORPORA[name]
        folder = os.path.join(CORPUS, folder)
        cases = [os.path.join(folder, case)] if case else find(folder)
        missing = [c for c in cases if not os.path.isfile(c)]
        if missing:
            print(f"no such case: {missing[0]}", file=sys.stderr)
            return 2
        selected.setdefault(name, []).extend(cases)
    jobs = [(name, job) for name, cases in selected.items() for job in CORPORA[name][2](cases)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        for f in [pool.submit(job) for _, job in jobs]:
            f.result()
    for name, cases in selected.items():
        print(f"{name}: regenerated {len(cases)} case(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Regenerates the expected outputs of tests/corpus/ast/*.py with CPython 3.13 (the oracle):

    PYENV_VERSION=3.13.0 python3 tests/corpus/ast/regen.py

For NAME.py (parsed in mode X if NAME is mode-X, else exec; type comments on, as `python -m ast`;
optimized.py with optimize=1, for the constants only CPython's constant folder makes):
  NAME.json          the tree in pytk's JSON schema (conformance/ast_export.py): the tests' input
  NAME.dump          ast.dump(tree, indent=3)
  NAME.dump-a        ast.dump(tree, indent=3, include_attributes=True)
  NAME.dump-flat     ast.dump(tree)
  NAME.dump-positional  ast.dump(tree, annotate_fields=False, indent='\t')
  NAME.dump-empty    ast.dump(tree, indent=1, show_empty=True)
and repr-cases.txt: repr() of pseudo-random floats, complex numbers, strs and bytes (fixed seed), one per
line as KIND<TAB>PAYLOAD<TAB>REPR with PAYLOAD in hex (IEEE bits / code points / bytes).
"""
import ast
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "conformance"))
import ast_export  # noqa: E402

VARIANTS = {
    "dump": dict(indent=3),
    "dump-a": dict(indent=3, include_attributes=True),
    "dump-flat": dict(),
    "dump-positional": dict(annotate_fields=False, indent="\t"),
    "dump-empty": dict(indent=1, show_empty=True),
}


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n", errors="surrogatepass") as f:
        f.write(text + "\n")


def repr_cases():
    import random
    import struct
    rnd = random.Random(3130)
    bits = lambda d: struct.pack(">d", d).hex()
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
    with open(os.path.join(HERE, "repr-cases.txt"), "w", encoding="utf-8", newline="\n", errors="surrogatepass") as f:
        f.write("\n".join(lines) + "\n")


def main():
    assert sys.version_info[:2] == (3, 13), "run with PYENV_VERSION=3.13.0"
    for src in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        name = os.path.splitext(os.path.basename(src))[0]
        if name == "regen":
            continue
        mode = name[len("mode-"):] if name.startswith("mode-") else "exec"
        with open(src, "rb") as f:
            tree = ast.parse(f.read(), src, mode, type_comments=True, optimize=1 if name == "optimized" else -1)
        base = os.path.join(HERE, name)
        write(base + ".json", ast_export.dumps(tree))
        for suffix, kwargs in VARIANTS.items():
            write(f"{base}.{suffix}", ast.dump(tree, **kwargs))
    repr_cases()


if __name__ == "__main__":
    main()

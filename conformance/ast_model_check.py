#!/usr/bin/env python3
"""Compares pytk's AST model and dumpers with CPython 3.13 over the stdlib, without pytk's parser.

CPython parses every stdlib .py file and exports it as JSON (ast_export.py). pytk loads those trees
(`pytk from-json --lines`, one process per output format) and prints:
  - ast.dump(tree, indent=3)                          (text)
  - ast.dump(tree, indent=3, include_attributes=True) (text, -a)
  - the JSON back again                               (json: must equal the export byte for byte)
  - AstValidator's problems                           (validate: must be none for CPython's trees)
Prints identical/total per format; exits 1 unless every tree is identical.

    PYENV_VERSION=3.13.0 python3 conformance/ast_model_check.py PYTK_CMD... [--every K] [--show N]
"""
import argparse
import ast
import batch_compare
import os
import subprocess
import sys
import sysconfig
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast_export  # noqa: E402

SEP = b"\x1e\n"


def records(stream):
    buf = []
    for line in stream:
        if line == SEP:
            yield b"".join(buf)
            buf = []
        else:
            buf.append(line)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("pytk", nargs="+", help="command that runs pytk, e.g. dotnet cli/bin/Release/net10.0/pytk.dll")
    p.add_argument("--every", type=int, default=1, help="check every K-th file only (a fixed sample)")
    p.add_argument("--show", type=int, default=3, help="print the first N differing files")
    args = p.parse_args()

    stdlib = sysconfig.get_paths()["stdlib"]
    # the same file list as the other stdlib checks (os.walk: no symlinked directories followed, which
    # a recursive glob does, so a machine with links under the stdlib saw 4x the files)
    files = batch_compare.python_files([stdlib])[:: args.every]
    sys.setrecursionlimit(100_000)
    tmp = tempfile.mkdtemp(prefix="pytk-ast-model-")
    paths = {k: os.path.join(tmp, k) for k in ("in.jsonl", "text", "text-a")}
    names = []
    t0 = time.time()
    with open(paths["in.jsonl"], "w", encoding="ascii") as jf, \
            open(paths["text"], "wb") as t1, open(paths["text-a"], "wb") as t2:
        for f in files:
            try:
                with open(f, "rb") as src:
                    tree = ast.parse(src.read(), f)
            except (SyntaxError, ValueError):
                continue  # only files CPython parses count
            names.append(os.path.relpath(f, stdlib))
            jf.write(ast_export.dumps(tree) + "\n")
            t1.write(ast.dump(tree, indent=3).encode("utf-8", "surrogatepass") + b"\n" + SEP)
            t2.write(ast.dump(tree, indent=3, include_attributes=True).encode("utf-8", "surrogatepass") + b"\n" + SEP)
    print(f"ast-model: CPython side {time.time() - t0:.1f}s for {len(names)} files")

    failed = False
    for label, flags, expected in (("dump", [], "text"), ("dump -a", ["-a"], "text-a"),
                                   ("json", ["--format", "json"], "in.jsonl"), ("validate", ["--validate"], None)):
        t0 = time.time()
        proc = subprocess.Popen(args.pytk + ["from-json", "--lines", *flags, paths["in.jsonl"]],
                                stdout=subprocess.PIPE)
        same = shown = 0
        with open(paths[expected or "text"], "rb") as exp:
            want_iter = (records(exp) if expected != "in.jsonl" else iter(exp)) if expected else (b"" for _ in names)
            for i, got in enumerate(records(proc.stdout)):
                want = next(want_iter, None)
                if got == want:
                    same += 1
                elif shown < args.show:
                    shown += 1
                    print(f"  {label}: differs: {names[i] if i < len(names) else '?'}")
        proc.wait()
        print(f"ast-model: {label}: {same}/{len(names)} identical ({time.time() - t0:.1f}s)")
        failed |= same != len(names) or proc.returncode != 0
    for path in paths.values():
        os.remove(path)
    os.rmdir(tmp)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

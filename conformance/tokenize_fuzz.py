"""Differential fuzzing of `pytk tokenize` against CPython 3.13 (a manual tool, not a CI check).

Takes stdlib files, applies small random edits (a quote, brace, backslash, tab, newline or a deleted
character, or a truncation), and compares both tokenizers on the results, plain mode.
usage: tokenize_fuzz.py PYTK [--cases N] [--seed S] [--keep DIR]
"""
import argparse, os, random, shutil, subprocess, sys, tempfile, sysconfig
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tokenize_compare import cpython_output, python_files

EDITS = ['"', "'", '"""', "'''", '{', '}', '(', ')', '[', ']', '\\', '\t', '\n', ' ', '#', 'f"', "f'",
         '0x', '1_', '\\\n', '\r\n', '{{', '}}', ':', '!', '=', 'é', '$', '\x0c']


def mutate(data, rng):
    for _ in range(rng.randint(1, 3)):
        pos = rng.randrange(len(data) + 1)
        kind = rng.random()
        if kind < 0.6:
            data = data[:pos] + rng.choice(EDITS).encode() + data[pos:]
        elif kind < 0.9:
            data = data[:pos] + data[pos + 1:]
        else:
            data = data[:pos]
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pytk')
    ap.add_argument('--cases', type=int, default=300)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--keep', help='copy differing cases here')
    args = ap.parse_args()
    rng = random.Random(args.seed)
    files = [f for f in python_files([sysconfig.get_paths()['stdlib']]) if os.path.getsize(f) < 20000]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.cases):
            with open(rng.choice(files), 'rb') as f:
                data = f.read()
            path = os.path.join(tmp, 'case%d.py' % i)
            with open(path, 'wb') as f:
                f.write(mutate(data, rng))
            paths.append(path)
        out = os.path.join(tmp, 'out')
        subprocess.run([args.pytk, 'tokenize', '--batch-out', out] + paths, check=True, stdout=subprocess.DEVNULL)
        bad = 0
        for i, path in enumerate(paths):
            expected = cpython_output(path, False)
            with open(os.path.join(out, '%d.out' % i), encoding='utf-8', errors='surrogateescape', newline='') as f:
                actual = f.read()
            if expected != actual:
                bad += 1
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    shutil.copy(path, args.keep)
        print('%d/%d mutated files identical' % (len(paths) - bad, len(paths)))


if __name__ == '__main__':
    main()

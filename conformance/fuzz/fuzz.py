"""Fuzzing of pytk's tokenizer, parser and compiler against CPython 3.13 (issue 15).

Mutates standard-library files (byte flips, token insertions and deletions, truncation, deep nesting,
encoding damage, line-ending changes) with a fixed seed, and runs `pytk parse` over them in batches. Counts:
  crashes     pytk exited other than 0/1, printed an internal error or a .NET stack trace
  hangs       a batch did not finish within the time limit
  mismatches  files CPython's ast.parse accepts and pytk rejects, or the other way round
Exits 1 when there is any crash or hang (mismatches are reported, not fatal).
usage: PYENV_VERSION=3.13.0 python3 conformance/fuzz/fuzz.py PYTK [--inputs N] [--seed S] [--batch B]
       [--timeout SECONDS] [--keep DIR]
"""
import argparse, ast, os, random, re, shutil, subprocess, sys, sysconfig, tempfile, time, warnings

TOKENS = [b'"', b"'", b'"""', b'(', b')', b'[', b']', b'{', b'}', b':', b'\\', b'\t', b'\n', b'\r', b'\r\n',
          b' ', b'#', b'f"', b'0x', b'1_', b'lambda', b'not ', b'-', b'**', b'async ', b'await ', b'yield',
          b'elif x:', b'with a, b:', b'\x00', b'\xff', b'\xc3(', b'# coding: latin-1\n', b'# coding: bogus\n',
          b'\xef\xbb\xbf', b'=', b'...', b'@', b'match x:', b'case _:', b'type X = int\n', b'\x0c']


def mutate(data, rng):
    for _ in range(rng.randint(1, 4)):
        pos = rng.randrange(len(data) + 1)
        kind = rng.random()
        if kind < 0.35:
            data = data[:pos] + rng.choice(TOKENS) + data[pos:]
        elif kind < 0.55:
            data = data[:pos] + data[pos + rng.randint(1, 20):]
        elif kind < 0.65 and data:
            i = rng.randrange(len(data))
            data = data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]
        elif kind < 0.72:
            data = data[:pos]
        elif kind < 0.80:
            n = rng.choice([50, 199, 201, 1000, 5000, 20000])
            open_, close = rng.choice([(b'(', b')'), (b'[', b']'), (b'-', b''), (b'not ', b''), (b'lambda:', b'')])
            data = data[:pos] + b'x = ' + open_ * n + b'1' + close * n + b'\n' + data[pos:]
        elif kind < 0.86:
            data = data.replace(b'\n', rng.choice([b'\r', b'\r\n']))
        elif kind < 0.92:
            lines = data.split(b'\n')
            i = rng.randrange(len(lines))
            lines[i:i] = [lines[i]] * rng.randint(1, 50)
            data = b'\n'.join(lines)
        else:
            digits = rng.choice([b'1' * 5000, b'0x' + b'f' * 200000, b'0b' + b'1' * 10000, b'1' * 4300])
            data = data[:pos] + b'\nx = ' + digits + b'\n' + data[pos:]
    return data


def cpython_accepts(data, name):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            ast.parse(data, name)
            return True
        except (SyntaxError, ValueError, MemoryError, RecursionError, UnicodeDecodeError, OverflowError):
            return False


ERROR_LINE = re.compile(r'^(.*\.py):\d+:\d+: ')


def run_batch(pytk, directory, timeout):
    start = time.time()
    try:
        p = subprocess.run(pytk + ['parse', '-j', '2', directory], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, '', time.time() - start
    out = (p.stdout + p.stderr).decode('utf-8', 'replace')
    return p.returncode, out, time.time() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pytk', help='the pytk command (e.g. cli/bin/Debug/net10.0/pytk)')
    ap.add_argument('--inputs', type=int, default=2000)
    ap.add_argument('--seed', type=int, default=15)
    ap.add_argument('--batch', type=int, default=500)
    ap.add_argument('--timeout', type=float, default=120)
    ap.add_argument('--keep', help='copy crashing/hanging batches and mismatching inputs here')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 13):
        sys.exit('fuzz.py needs CPython 3.13 as the oracle (PYENV_VERSION=3.13.0 python3)')
    pytk = args.pytk.split()
    stdlib = sysconfig.get_paths()['stdlib']
    sources = sorted(os.path.join(d, f) for d, _, fs in os.walk(stdlib) for f in fs
                     if f.endswith('.py') and 'site-packages' not in d and os.path.getsize(os.path.join(d, f)) < 200_000)
    rng = random.Random(args.seed)
    crashes = hangs = mismatches = done = 0
    examples = []
    t0 = time.time()
    while done < args.inputs:
        n = min(args.batch, args.inputs - done)
        with tempfile.TemporaryDirectory(prefix='pytk-fuzz-') as tmp:
            verdicts = {}
            for i in range(n):
                src = rng.choice(sources)
                with open(src, 'rb') as f:
                    data = mutate(f.read(), rng)
                path = os.path.join(tmp, f'm{done + i:06d}.py')
                with open(path, 'wb') as f:
                    f.write(data)
                verdicts[path] = cpython_accepts(data, path)
            code, out, secs = run_batch(pytk, tmp, args.timeout)
            bad = None
            if code is None:
                hangs += 1
                bad = f'hang: batch from input {done} took over {args.timeout:.0f} s'
            elif code not in (0, 1) or 'internal error' in out or 'Unhandled exception' in out or '   at ' in out:
                crashes += 1
                bad = f'crash: exit {code}: ' + next((l for l in out.splitlines() if 'error' in l.lower()), out[:200])
            if bad:
                examples.append(bad)
                if args.keep:
                    shutil.copytree(tmp, os.path.join(args.keep, f'batch{done:06d}'), dirs_exist_ok=True)
            else:
                rejected = {m.group(1) for m in map(ERROR_LINE.match, out.splitlines()) if m}
                for path, accepts in verdicts.items():
                    if accepts == (path in rejected):
                        mismatches += 1
                        if len(examples) < 20:
                            examples.append(f'mismatch: CPython {"accepts" if accepts else "rejects"} {os.path.basename(path)}')
                        if args.keep:
                            os.makedirs(args.keep, exist_ok=True)
                            shutil.copy(path, args.keep)
        done += n
    print(f'fuzz: {done} inputs (seed {args.seed}), {crashes} crashing batches, {hangs} hanging batches, '
          f'{mismatches} verdict mismatches with CPython, {time.time() - t0:.0f} s')
    for e in examples[:20]:
        print('  ' + e)
    sys.exit(1 if crashes or hangs else 0)


if __name__ == '__main__':
    main()

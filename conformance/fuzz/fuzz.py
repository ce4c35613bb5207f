"""Fuzzing of pytk's tokenizer, parser, compiler and VM against CPython 3.13 (issue 15).

Two kinds of input, from one fixed seed:
  mutated    standard-library files damaged (byte flips, token insertions and deletions, truncation, deep
             nesting, long literals, encoding damage, line-ending changes), run through `pytk parse` in
             batches; the verdict compared is CPython's ast.parse accepting or rejecting the file.
  generated  random valid programs (generate.py), run in batches by a driver that execs each in a fresh
             namespace under `pytk run` and under CPython; the outcome compared is each program's output
             and the exception (class and message) it ends in.
Counts:
  crashes     pytk exited other than expected, printed an internal error or a .NET stack trace
  hangs       a batch did not finish within the time limit
  mismatches  a mutated file one side accepts and the other rejects; a generated program whose outcome differs
Exits 1 when there is any crash or hang (mismatches are reported, not fatal).
usage: PYENV_VERSION=3.13.0 python3 conformance/fuzz/fuzz.py PYTK [--inputs N] [--seed S] [--generated F]
       [--batch B] [--timeout SECONDS] [--keep DIR]
  --generated F  the share of the inputs that are generated programs (default 0.2)
The long campaign (docs/reliability.md records its last result):
  PYENV_VERSION=3.13.0 python3 conformance/fuzz/fuzz.py PYTK --inputs 100000 --seed 100015 --keep /tmp/fuzz-keep
"""
import argparse, ast, os, random, re, shutil, subprocess, sys, sysconfig, tempfile, time, warnings
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate

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


def start_batch(pytk, directory):
    """`pytk parse` over one batch of mutated files, started in the background (CPython works meanwhile)."""
    out = tempfile.TemporaryFile()
    return subprocess.Popen(pytk + ['parse', '-j', '2', directory], stdout=out, stderr=subprocess.STDOUT), out, time.time()


def finish_batch(proc, out, start, timeout):
    try:
        code = proc.wait(timeout=max(1, timeout - (time.time() - start)))
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return None, ''
    out.seek(0)
    return code, out.read().decode('utf-8', 'replace')


def crashed(code, out, ok=(0, 1)):
    return code not in ok or 'internal error' in out or 'Unhandled exception' in out or '   at ' in out


DRIVER = """import sys
PROGRAMS = %r
for i, src in enumerate(PROGRAMS):
    print('#### program', i, flush=True)
    g = {'__name__': '__main__'}
    try:
        exec(compile(src, 'gen%%d.py' %% i, 'exec'), g)
    except BaseException as e:
        print('#### ends in', type(e).__name__ + ':', e)
print('#### done')
"""

MARK = re.compile(r'^#### program (\d+)$', re.M)


def outcomes(text):
    """Each program's output, by its index, from the driver's output."""
    parts = MARK.split(text)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def run_driver(cmd, path, timeout):
    env = dict(os.environ, PYTHONHASHSEED='0')
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL, env=env)
    except subprocess.TimeoutExpired:
        return None, '', ''
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


def generated_batch(pytk, programs, tmp, timeout, stats, examples, keep, first):
    path = os.path.join(tmp, f'gen{first:06d}.py')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(DRIVER % (programs,))
    ccode, cout, _ = run_driver([sys.executable], path, timeout)
    if ccode != 0 or not cout.endswith('#### done\n'):
        stats['invalid'] += len(programs)  # the generator's fault, not pytk's: CPython did not finish the batch
        return
    code, out, err = run_driver(pytk + ['run'], path, timeout)
    bad = None
    if code is None:
        stats['hangs'] += 1
        bad = f'hang: generated batch from input {first} took over {timeout:.0f} s'
    elif crashed(code, out + err, ok=(0,)) or not out.endswith('#### done\n'):
        stats['crashes'] += 1
        bad = f'crash: generated batch from input {first}: exit {code}: ' + (err.strip().splitlines() or [''])[-1][:200]
    if bad:
        examples.append(bad)
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copy(path, keep)
        return
    want, got = outcomes(cout), outcomes(out)
    for i, src in enumerate(programs):
        if want.get(i) != got.get(i):
            stats['mismatches'] += 1
            stats['generated mismatches'] += 1
            w, g = (want.get(i) or '').splitlines(), (got.get(i) or '').splitlines()
            k = next((j for j in range(max(len(w), len(g))) if j >= len(w) or j >= len(g) or w[j] != g[j]), 0)
            if len(examples) < 40:
                examples.append(f'mismatch: generated input {first + i}: CPython {w[k] if k < len(w) else "<end>"!r}, '
                                f'pytk {g[k] if k < len(g) else "<end>"!r}')
            if keep:
                os.makedirs(keep, exist_ok=True)
                with open(os.path.join(keep, f'g{first + i:06d}.py'), 'w', encoding='utf-8') as f:
                    f.write(src)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pytk', help='the pytk command (e.g. cli/bin/Debug/net10.0/pytk)')
    ap.add_argument('--inputs', type=int, default=2000)
    ap.add_argument('--seed', type=int, default=15)
    ap.add_argument('--generated', type=float, default=0.2, help='share of generated programs among the inputs')
    ap.add_argument('--batch', type=int, default=500)
    ap.add_argument('--gen-batch', type=int, default=200)
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
    n_generated = int(args.inputs * args.generated)
    n_mutated = args.inputs - n_generated
    stats = dict.fromkeys(['crashes', 'hangs', 'mismatches', 'generated mismatches', 'invalid'], 0)
    examples = []
    t0 = time.time()

    # mutated files: the next batch is written and judged by CPython while pytk parses the previous one
    done = 0
    pending = None

    def collect(p):
        tmp, verdicts, first, (proc, out, start) = p
        code, text = finish_batch(proc, out, start, args.timeout)
        bad = None
        if code is None:
            stats['hangs'] += 1
            bad = f'hang: batch from input {first} took over {args.timeout:.0f} s'
        elif crashed(code, text):
            stats['crashes'] += 1
            bad = f'crash: exit {code}: ' + next((l for l in text.splitlines() if 'error' in l.lower()), text[:200])
        if bad:
            examples.append(bad)
            if args.keep:
                shutil.copytree(tmp.name, os.path.join(args.keep, f'batch{first:06d}'), dirs_exist_ok=True)
        else:
            rejected = {m.group(1) for m in map(ERROR_LINE.match, text.splitlines()) if m}
            for path, accepts in verdicts.items():
                if accepts == (path in rejected):
                    stats['mismatches'] += 1
                    if len(examples) < 20:
                        examples.append(f'mismatch: CPython {"accepts" if accepts else "rejects"} {os.path.basename(path)}')
                    if args.keep:
                        os.makedirs(args.keep, exist_ok=True)
                        shutil.copy(path, args.keep)
        tmp.cleanup()

    while done < n_mutated:
        n = min(args.batch, n_mutated - done)
        tmp = tempfile.TemporaryDirectory(prefix='pytk-fuzz-')
        datas = {}
        for i in range(n):
            with open(rng.choice(sources), 'rb') as f:
                datas[os.path.join(tmp.name, f'm{done + i:06d}.py')] = mutate(f.read(), rng)
        for path, data in datas.items():
            with open(path, 'wb') as f:
                f.write(data)
        proc = start_batch(pytk, tmp.name)
        verdicts = {path: cpython_accepts(data, path) for path, data in datas.items()}
        if pending:
            collect(pending)
        pending = (tmp, verdicts, done, proc)
        done += n
    if pending:
        collect(pending)

    # generated programs
    gdone = 0
    with tempfile.TemporaryDirectory(prefix='pytk-fuzz-gen-') as tmp:
        while gdone < n_generated:
            n = min(args.gen_batch, n_generated - gdone)
            programs = [generate.program(rng) for _ in range(n)]
            generated_batch(pytk, programs, tmp, args.timeout, stats, examples, args.keep, n_mutated + gdone)
            gdone += n
    print(f'fuzz: {done + gdone} inputs (seed {args.seed}; {done} mutated, {gdone} generated), '
          f'{stats["crashes"]} crashing batches, {stats["hangs"]} hanging batches, '
          f'{stats["mismatches"]} verdict mismatches with CPython ({stats["generated mismatches"]} of them generated '
          f'programs), {stats["invalid"]} generated programs CPython did not finish, {time.time() - t0:.0f} s')
    for e in examples[:40]:
        print('  ' + e)
    sys.exit(1 if stats['crashes'] or stats['hangs'] else 0)


if __name__ == '__main__':
    main()

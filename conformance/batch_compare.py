"""What the stdlib comparisons share: finding the files, and comparing one `pytk CMD --batch-out DIR`
run per mode with CPython's output for each file, made in this process.

Each file's result on both sides is text ending in "---- exit N\\n"; the comparison is byte for byte.
"""
import argparse, os, subprocess, tempfile


def python_files(roots):
    """Every .py file under roots (files are taken as they are), sorted, site-packages left out."""
    files = []
    for root in roots:
        if os.path.isfile(root):
            files.append(root)
            continue
        for d, dirs, names in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x != 'site-packages')
            files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith('.py'))
    return files


def parse_args(description):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument('pytk')
    ap.add_argument('roots', nargs='+')
    ap.add_argument('--sample', type=int, default=0, help='every Nth file only')
    ap.add_argument('--min-identical', type=int, default=0, help='fail below this many identical files per mode')
    ap.add_argument('--show', type=int, default=5, help='differing files to name')
    args = ap.parse_args()
    args.files = python_files(args.roots)
    if args.sample > 1:
        args.files = args.files[::args.sample]
    return args


def compare_modes(args, command, modes, cpython_output, normalize=None):
    """modes: (label, extra pytk flags, value passed to cpython_output(path, value)); normalize, if given, is
    applied to pytk's output (cpython_output normalizes its own). Returns the exit status."""
    status = 0
    files = args.files
    with tempfile.TemporaryDirectory() as tmp:
        for n, (label, flags, value) in enumerate(modes):
            outdir = os.path.join(tmp, str(n))
            cmd = [args.pytk, command] + flags + ['--batch-out', outdir] + files
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            identical = cpython_errors = 0
            differing = []
            for i, path in enumerate(files):
                expected = cpython_output(path, value)
                with open(os.path.join(outdir, '%d.out' % i), encoding='utf-8', errors='surrogateescape', newline='') as f:
                    actual = f.read()
                if normalize:
                    actual = normalize(actual)
                if not expected.endswith('---- exit 0\n'):
                    cpython_errors += 1
                if expected == actual:
                    identical += 1
                else:
                    differing.append(path)
            print('%s: %d/%d identical (CPython itself fails on %d of them)' % (label, identical, len(files), cpython_errors))
            for path in differing[:args.show]:
                print('  differs:', path)
            if identical < args.min_identical:
                print('  below the recorded %d identical files: regression' % args.min_identical)
                status = 1
    return status

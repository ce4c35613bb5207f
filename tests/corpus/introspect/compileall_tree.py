# compileall over a folder tree: what it lists and compiles, what a second run skips, -l/-r/-x/-q/-f, errors,
# and the command line (main) with its exit status. Cache files are named by importlib.util.cache_from_source.
import compileall
import contextlib
import importlib.util
import io
import os
import re
import shutil
import sys
import tempfile

root = tempfile.mkdtemp()
here = os.getcwd()
os.chdir(root)
try:
    os.makedirs('pkg/sub/deeper')
    files = {'pkg/a.py': 'x = 1\n', 'pkg/bad.py': 'x = = 1\n', 'pkg/notes.txt': 'text\n',
             'pkg/sub/b.py': 'print(2)\n', 'pkg/sub/deeper/c.py': 'y = 3\n', 'pkg/skipme.py': 'z = 4\n'}
    for name, text in files.items():
        with open(name, 'w') as f:
            f.write(text)

    def run(label, fn, *args, **kw):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            result = fn(*args, **kw)
        print('--', label, '->', result)
        print(out.getvalue(), end='')

    def cached():
        return sorted(n for n in files if n.endswith('.py') and os.path.exists(importlib.util.cache_from_source(n)))

    run('compile_dir', compileall.compile_dir, 'pkg')
    print(cached())
    run('again: current files are skipped', compileall.compile_dir, 'pkg')
    run('force, quiet', compileall.compile_dir, 'pkg', force=True, quiet=1)
    run('quiet=2', compileall.compile_dir, 'pkg', force=True, quiet=2)
    for d in ('pkg/__pycache__', 'pkg/sub/__pycache__', 'pkg/sub/deeper/__pycache__'):
        shutil.rmtree(d, ignore_errors=True)
    run('maxlevels=1, rx', compileall.compile_dir, 'pkg', maxlevels=1, rx=re.compile(r'skip|bad'))
    print(cached())
    run('compile_file', compileall.compile_file, 'pkg/sub/deeper/c.py')
    run('compile_file, not .py', compileall.compile_file, 'pkg/notes.txt')
    run('compile_file, missing', compileall.compile_file, 'pkg/nope.py')
    print(cached())
    for argv in (['compileall', '-l', '-f', 'pkg'], ['compileall', '-q', 'pkg/a.py', 'pkg/sub'],
                 ['compileall', '-f', '-x', 'bad', 'pkg'], ['compileall', '-r', '0', '-f', 'pkg/sub']):
        sys.argv = argv
        run(' '.join(argv[1:]), compileall.main)
finally:
    os.chdir(here)
    shutil.rmtree(root)

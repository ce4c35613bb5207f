# py_compile writes the cache file imports read; errors as CPython reports them.
import os
import py_compile
import sys

scratch = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'pytk-py-compile-' + str(os.getpid()))
os.makedirs(scratch, exist_ok=True)
os.chdir(scratch)
with open('hello.py', 'w') as f:
    f.write('print("Hello, world")\n')
path = py_compile.compile('hello.py')
print(os.path.basename(os.path.dirname(path)), os.path.exists(path), path.startswith(os.path.join(os.getcwd(), '__pycache__', 'hello.')))
sys.path.insert(0, os.getcwd())
import hello
with open('bad.py', 'w') as f:
    f.write('x = (\n')
try:
    py_compile.compile('bad.py', doraise=True)
except py_compile.PyCompileError as e:
    print('PyCompileError', e.exc_type_name, e.msg.strip().splitlines()[-1])
print(py_compile.compile('bad.py', quiet=2))
try:
    py_compile.compile('missing.py', doraise=True)
except OSError as e:
    print(type(e).__name__)
print(py_compile.PycInvalidationMode.CHECKED_HASH.value)

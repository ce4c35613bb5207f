# command cell 3 of 004_4f4d3257d9e40de8.txt (extracted by extract.py; do not edit)
import os, sys
scratch = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pytk-seed-cell-" + str(os.getpid()))
os.makedirs(scratch, exist_ok=True)
os.chdir(scratch)
with open('hello.py', "w") as f:
    f.write('print("Hello, world")\n')
import py_compile
sys.argv = ['py_compile', 'hello.py']
py_compile.main()
print(any(n.startswith('hello.') and n.endswith(".pyc") for n in os.listdir("__pycache__")))

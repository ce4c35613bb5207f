# command cell 4 of 004_4f4d3257d9e40de8.txt (extracted by extract.py; do not edit)
import os, sys
scratch = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pytk-seed-cell-" + str(os.getpid()))
os.makedirs(scratch, exist_ok=True)
os.chdir(scratch)
with open('hello.py', "w") as f:
    f.write('print("Hello, world")\n')
import dis
sys.argv = ['dis', 'hello.py']
dis.main()

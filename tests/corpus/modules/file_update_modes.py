# open()'s update modes ('+': read and write one file), newline='' against the default newline translation,
# and tempfile.TemporaryFile in text mode, as csv's users (and CPython's test_csv) use them.
import csv
import os
import tempfile

with tempfile.TemporaryFile() as f:
    f.write(b"abc\r\n")
    f.seek(0)
    print(f.read(), f.seekable())

with tempfile.TemporaryFile("w+", encoding="utf-8", newline='') as f:
    w = csv.writer(f)
    w.writerow(['a', 'b,c', 'd"e', 'line\nbreak'])
    w.writerow([1, 2.5, None, ''])
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(list(csv.reader(f)))

with tempfile.TemporaryFile("w+") as f:
    f.write("x\r\ny\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), repr(f.readline()))
    f.seek(0)
    print(list(f))

path = tempfile.mktemp()
try:
    with open(path, "w") as f:
        f.write("hello\n")
    with open(path, "r+") as f:
        print(repr(f.read()))
        f.write("more\n")
        f.seek(0)
        print(repr(f.read()))
    with open(path, "a+") as f:
        f.write("end\n")
        f.seek(0)
        print(list(f))
    with open(path, "w+", newline='') as f:
        f.write("one\r\ntwo\r\n")
        f.seek(0)
        print(repr(f.read()))
    with open(path, newline='') as f:
        print(list(f))
    with open(path) as f:
        print(list(f))
finally:
    os.remove(path)

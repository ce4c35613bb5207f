path = "/tmp/pytk_corpus_file_io.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print("third", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path, "a") as f:
    f.writelines(["x\n", "y\n"])
print(open(path).readlines())
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:4])
with open(path, "wb") as f:
    f.write(bytes([104, 105]))
print(open(path).read())
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)

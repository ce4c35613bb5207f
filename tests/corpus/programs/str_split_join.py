csv = "name,age,city\nann,31,paris\nbob,25,rome\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records)
print([r["name"].title() for r in records], sum(int(r["age"]) for r in records))
print("  a  b   c  ".split(), "a,b,,c,".split(","), "x".split(","), "".split(), "".split(","))
print("one two three".split(maxsplit=1), "a-b-c-d".rsplit("-", 2), "  lead".split(" "))
print("\t".join(["c1", "c2"]), ", ".join(str(i) for i in range(5)), "".join([]))
print("key=value=x".partition("="), "noeq".partition("="), "path/to/file.txt".rpartition("/")[2])
print("Hello World".swapcase(), "hello"[1:-1], "hello".find("l", 3), "hello".rfind("l", 0, 3))

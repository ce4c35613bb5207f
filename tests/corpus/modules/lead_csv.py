import csv, io
text = 'name,age,city\nAlice,30,"New York, NY"\nBob,25,"He said ""hi"""\n"multi\nline",1,x\n\nend,,\n'
for row in csv.reader(io.StringIO(text)):
    print(row)
r = csv.reader(io.StringIO(text)); next(r); print(r.line_num)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'q"uote', "", None, 1, 2.5, True, "line\nbreak", " sp"])
w.writerows([[1, 2], ["x"]])
w.writerow([""])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    o = io.StringIO(); csv.writer(o, quoting=q, lineterminator="\n").writerow(["x", 1, 2.0, None, ""]); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, delimiter=";", quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a;b", "c"]); print(repr(o.getvalue()))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")), list(csv.reader(["1, 2,  3"], skipinitialspace=True)))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
dr = csv.DictReader(io.StringIO("id,name\n1,ann\n2,bo,extra\n3\n"), restval="?")
for row in dr:
    print(row)
print(dr.fieldnames, dr.line_num)
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=["id", "name"], lineterminator="\n")
dw.writeheader(); dw.writerow({"id": 1, "name": "x"}); dw.writerows([{"id": 2}, {"name": "y"}])
print(o.getvalue(), end="")
try:
    dw.writerow({"id": 1, "bad": 2})
except ValueError as e:
    print("ValueError:", e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
o = io.StringIO(); csv.writer(o, "pipes").writerow([1, "a"]); print(repr(o.getvalue()), csv.list_dialects()[:3], csv.get_dialect("pipes").delimiter)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.writer(io.StringIO(), delimiter="::")
except TypeError as e:
    print("TypeError:", e)
with open("/tmp/pytk_csv_test.csv", "w", newline="") as f:
    csv.writer(f).writerows([["h1", "h2"], [1, "two words"]])
with open("/tmp/pytk_csv_test.csv", newline="") as f:
    print(list(csv.DictReader(f)))

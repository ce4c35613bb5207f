# Issue 15: a comment holding bytes that are not UTF-8 passes (CPython parses bytes leniently)
x = 1
# abÿc â‚
y = "ok"  # þ

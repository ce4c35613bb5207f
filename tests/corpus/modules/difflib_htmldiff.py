# difflib.HtmlDiff and the _mdiff side-by-side generator it rests on: intraline markers, padding of the
# shorter side of a change block, context windows, tab expansion, wrapping, anchors, make_file's charset.
import difflib

a = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
b = ["one", "tw0", "three", "3.5", "five", "siz", "seven", "eight", "nine", "ten"]

print("-- _mdiff full")
for pair in difflib._mdiff(a, b):
    print(pair)
print("-- _mdiff context=1")
for pair in difflib._mdiff(a, b, 1):
    print(pair)

# Blocks of unequal length: deletes then adds, adds then deletes, intraline guides on either side.
left = ["keep", "gone 1", "gone 2", "gone 3", "keep 2", "alpha beta", "x", "same", "abcdefgh"]
right = ["keep", "new", "keep 2", "alpha beta gamma", "y1", "y2", "y3", "same", "abcXefgh", "tail"]
print("-- _mdiff unequal blocks")
for pair in difflib._mdiff(left, right):
    print(pair)
print(list(difflib._mdiff(["2"], ["3"], 1)))
print(list(difflib._mdiff([], [])))

difflib.HtmlDiff._default_prefix = 0
plain = difflib.HtmlDiff()
print(plain.make_table(a, b, "from", "to"))
print(plain.make_table(a, b, context=True, numlines=1))
print(plain.make_table(a, a, "from", "to", context=True))
print(plain.make_table(a, a, context=False)[-300:])
print(plain.make_table([], [], "x", "y"))
print(plain.make_table(["a<b & c>d"], ["a<b &amp; c>e"]))

tabs = ["\tx = 1", "  \ty = 2  \t", "z\t= 3"]
tabs2 = ["    x = 1", "    \ty = 2", "z = 3"]
print(difflib.HtmlDiff(tabsize=4).make_table(tabs, tabs2))
wrapped = difflib.HtmlDiff(wrapcolumn=7)
print(wrapped.make_table(left, right, context=True, numlines=0))
print(wrapped.make_table([s + "\n" for s in left], [s + "\n" for s in right]))

junk = difflib.HtmlDiff(linejunk=difflib.IS_LINE_JUNK, charjunk=None)
print(junk.make_table(["#", "a b", ""], ["", "a  b", "#"]))

page = difflib.HtmlDiff().make_file(["caf\u00e9 ıi"], ["cafe ıj"], "old", "new", charset="us-ascii")
print(page)
print('charset=iso-8859-1"' in difflib.HtmlDiff().make_file(a, b, charset="iso-8859-1"))
print(difflib.HtmlDiff._default_prefix)

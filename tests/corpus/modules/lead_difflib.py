"""difflib: SequenceMatcher blocks/opcodes/ratios, close matches, ndiff guides, unified and context diffs."""
import difflib

s = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % (tag, i1, i2, j1, j2))
print(s.get_matching_blocks(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
          'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
          'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
print(difflib.get_close_matches("wheel", kwlist), difflib.get_close_matches("accept", kwlist))
print(difflib.get_close_matches("pythn", ["python", "pyhton", "jython", "typhon", "cython"], n=2, cutoff=0.5))
text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.ndiff(text1, text2)), end="")
print("".join(difflib.Differ().compare("one\ntwo\nthree\n".splitlines(True), "ore\ntree\nemu\n".splitlines(True))), end="")
print("".join(difflib.restore(difflib.ndiff(text1, text2), 2)), end="")
a = [f"line {i}\n" for i in range(1, 40)]
b = a[:]
b[8:8] = ["inserted\n"]
b[20] = "changed 20\n"
del b[23:28]
b[30] = "changed again\n"
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.context_diff(a[:12], b[:12], "a", "b", n=1)), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
words = ["kitten\tsat", "sitting", "mitten", "fitting\t"]
print(list(difflib.ndiff(words, ["kitten sat", "sitting", "smitten", "fitting"])))
big_a = list(range(300)) + [1] * 5
big_b = list(range(5, 305))
print(difflib.SequenceMatcher(None, big_a, big_b).get_opcodes()[:4], round(difflib.SequenceMatcher(None, big_a, big_b).ratio(), 6))

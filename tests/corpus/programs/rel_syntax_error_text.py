# Issue 15: what a SyntaxError carries (text, offsets) depends on who raised it. The tokenizer's own errors
# keep their line without its break; the parser's errors on an `exec` compile whose filename is a readable
# file read the line back from that file (a line over 999 bytes: its last 999-byte piece, offsets recounted
# against it); compiler errors read it back from the file too, and have no text when there is no file.
import os
import tempfile


def show(src, filename, mode="exec"):
    try:
        compile(src, filename, mode)
        return "ok"
    except SyntaxError as e:
        text = None if e.text is None else (len(e.text), e.text[:12], e.text[-12:])
        return "%s: %s | %s %s %s %s | %r" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, text)


SOURCES = {
    "parser error at the end of a long line": "x = " + "1 + " * 400 + "(1 2)\n",
    "parser error near the start of a long line": "x = (1 2) + " + "1 + " * 400 + "1\n",
    "two-byte characters on a long line": "x = \"" + "\u00e9" * 600 + "\" + (1 2)\n",
    "a line of 999 bytes and its break": "x = " + "1 + " * 247 + "(1 2)\n",
    "a line of 998 bytes and its break": "x = " + "1 + " * 247 + "(12)\n",
    "long earlier lines": ("y = " + "2 + " * 300 + "2\n") * 3 + "x = (1 2)\n",
    "compiler error on a long line": "def f(): pass\n" + "x = 1; " * 200 + "return 5\n",
    "compiler error": "x = 1\nreturn 5\n",
    "unterminated string on a long line": "x = \"" + "a" * 1200 + "\" + \"abc\n",
    "invalid character": "x = \u20ac\n",
    "unmatched bracket": "x = 1)\n",
    "invalid decimal literal": "x = 1_\n",
    "unterminated triple-quoted string": "x = '''abc\n",
    "leading zeros": "x = 0777\n",
    "bad continuation": "x = 1 \\ 2\n",
    "tab error": "if 1:\n\ta\n        b\n",
    "'return' outside function": "return 1 + 2\n",
    "'yield' outside function": "x = (yield 1)\n",
    "'await' outside function": "await x\n",
    "'await' in a plain function": "def g():\n  await x\n",
    "async comprehension outside async function": "def f():\n  x = [i async for i in y]\n",
    "CRLF line ends": "x = 1\r\ny = (1 2)\r\n",
}

with tempfile.TemporaryDirectory() as folder:
    for name, src in SOURCES.items():
        path = os.path.join(folder, "prog.py")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(src)
        print(name)
        print("  file:   ", show(src, path).replace(folder, "DIR"))
        print("  no file:", show(src, "<no file>"))
        print("  eval:   ", show(src.split("\n")[0], path, "eval").replace(folder, "DIR"))

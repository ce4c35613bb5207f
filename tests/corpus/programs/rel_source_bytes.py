# Issue 15: source bytes that are not UTF-8 (no coding cookie) and null bytes, given to compile(), exec(),
# ast.parse() or imported: rejected where CPython's parser decodes (identifiers, string literals), let pass in
# comments; CPython's messages, positions and shown text (U+FFFD for each undecodable sequence).
import ast
import os
import sys
import tempfile


def show(e, ends=True):
    name = type(e).__name__
    if isinstance(e, SyntaxError):
        where = (e.lineno, e.offset, e.end_lineno, e.end_offset) if ends else (e.lineno, e.offset)
        return f"{name}: {e.msg!r} {where} {e.text!r}"
    return f"{name}: {e}"


CASES = [
    b'x = 1\xff\ny = 2\n',                 # code, first line
    b'x = "a\xffb"\n',                     # string, first line
    b'# \xff\nx = 1\n',                    # comment, first line: fine
    b'x = 1\ny = 2\n# ab\xffc\nz = 3\n',   # comment, later line: fine
    b'x = 1\ny = 2\nz = "ab\xffc"\n',      # string, later line
    b'x = 1\ny = 2\nz = b"ab\xffc"\n',     # bytes literal
    b'x = 1\ny = 2\nz = a\xffb\n',         # identifier
    b'z = ab\xffc\n', b'z = \xffabc\n', b'z = \xc3\xa9\xff\n', b'z = a\xe2\x82b\n', b'z = a\xe2\x82\n',
    b'z = 1 + \xe9t\xe9 + 2\n', b'\xff = 1\n', b'def \xff(): pass\n', b'import \xff\n', b'x = a.\xff\n', b'x = (1,\n \xff)\n',
    b'z = "a\\n\xffb"\n', b'z = "a\\n\xc3\xa9\xffb"\n', b'z = r"a\\n\xffb"\n', b'z = "a\xe2\x82("\n',
    b'z = "a\xed\xa0\x80"\n', b'z = "a\xf4\x90\x80\x80"\n', b'z = "a\xe0\x80"\n', b'z = "a\xc0\xaf"\n',
    b'z = "a\xf0\x9f\x98"\n', b'z = "ok" "a\xffb"\n', b'z = 1 # \xff\nq = "\xfe"\n', b'z = u"\xff"\n',
    b'z = rb"\xff"\n', b'x = "a\\\xffb"\n', b'x = "a\\N{\xff}"\n', b'x = 1\ny = 2\nz = "ab\xc3"\n', b'x = 1\ny = "\xe2\x82"\n',
    b'z = f"ab\xffc{x}"\n', b'z = f"{x}ab\xffc"\n', b'z = f"{x!r:\xff}"\n',
    b'# -*- coding: latin-1 -*- \xff\nx = "\xe9"\n', b'# \xff coding: latin-1\nx = "\xe9"\n', b'#!\xff\n# coding: latin-1\nx = 1\n',
    b'# coding: utf-8\nx = "\xff"\n', b'# coding: utf-8\n# \xff\n', b'\xef\xbb\xbfx = "\xff"\n',
    b'# coding: ascii\nx = "\xe9"\n', b'# coding: ascii\n# \xe9\n', b'x = "\xe9"\n# coding: latin-1\n',
    b'x = 1\x00\n', b'x = "\xff"\n"\x00"\n',
]

for src in CASES:
    for how in ("compile", "exec", "ast.parse"):
        try:
            if how == "compile":
                compile(src, "m.py", "exec")
            elif how == "exec":
                exec(src, {"x": 1, "a": 1})
            else:
                ast.parse(src)
            print(src, how, "OK")
        except Exception as e:
            print(src, how, show(e))

# A multi-line string: CPython's end offset and text differ between its views; the start is what counts here.
try:
    compile(b'def f():\n    """doc\n    more \xfe here"""\n', "m.py", "exec")
except SyntaxError as e:
    print(show(e, ends=False)[:-len(repr(e.text))])

# A str source must encode to UTF-8.
try:
    compile('x = "\udcff"', "s", "exec")
except UnicodeEncodeError as e:
    print(show(e))

# Imports compile the module's bytes as compile() does.
folder = tempfile.mkdtemp()
sys.path.insert(0, folder)
for i, src in enumerate([b'# \xff\nX = 1\n', b'x = 1\n# ab\xffc\nX = 3\n', b'x = 1\nz = "ab\xffc"\n', b'z = a\xffb\n',
                         b'def f():\n    """doc \xfe"""\n', b'x = 1\x00\n', b'z = f"ab\xffc{x}"\n']):
    name = f"rel_bytes_mod{i}"
    with open(os.path.join(folder, name + ".py"), "wb") as f:
        f.write(src)
    try:
        m = __import__(name)
        print(name, "imported", m.X if hasattr(m, "X") else "")
    except Exception as e:
        text = e.text if isinstance(e, SyntaxError) else None
        print(name, show(e, ends=False), os.path.basename(e.filename) if getattr(e, "filename", None) else None)

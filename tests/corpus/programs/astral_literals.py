# Characters outside the BMP in literals, names of identifiers aside: their UTF-16 low halves (U+1F4D7 is
# D83D DCD7) must not be taken for undecodable source bytes (U+DC80..U+DCFF), with or without escapes.
s = "📗🚛"
t = "✨🐍\n" + '📗' + r"📗\d" + b"\xff".hex()
print(s, len(s), [hex(ord(c)) for c in s])
print(repr(t), len(t))
print(f"{s!r} {'🐍'} {len('💩')}")
print("""📗
🚛""".splitlines())
print(ascii("📗"), "\U0001F4D7" == "📗", "\N{BOOKS}")
src = 'x = "📗🚛"\nprint(x[::-1])\n'
exec(compile(src, "<s>", "exec"))
exec(src.encode())
import ast
print(ast.dump(ast.parse('"📗" + "\\u00e9"')))
try:
    compile(b'x = "\xed\xb3\x97"\n', "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

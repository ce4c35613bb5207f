print("tab\tend", "new\\nline", 'quote\'s', "dq\"s", "\x41\u00e9\N{BULLET}")
print(r"raw\n\t", len(r"\n"), len("\n"), "\\")
print("""triple
quoted""", '''single "mixed" quotes''')
print(repr("\a\b\f\v\0"), repr("\x1b[0m"), repr("ünïcödé"), repr("日本"))
print("a" "b" "c", "concat " f"{1 + 1}")
b = b"\x00\x01\xff"
print(b, list(b), repr(b"'"), repr(b'"'), b"a\tb")

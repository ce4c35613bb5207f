s = "naïve café ☕ 𝄞"
print(len(s), s[6], s[-1], s.upper(), s[::-1])
print([ord(c) for c in "a€𝄞"], chr(0x1F600) == "😀", len("😀"), "😀"[0])
print("ß".upper(), "İ".lower() == "i̇", "ǅ".isupper())
print(repr("\x00\x7f\x80\xff"), repr("\u2028"), repr("é"), "é".encode("utf-8"), b"caf\xc3\xa9".decode())
print("a\u0301" == "á", sorted(["b", "A", "a", "B"]), "Z" < "a")
b = b"bytes\x00\xff"
print(b, len(b), b[0], b[1:3], list(b[:2]), bytes([65, 66]), bytearray(b"x"), b.hex())
print(b"abc" + b"def", b"a" * 3, b"abc".upper(), bytes(3), b"x y".split(), b"," .join([b"a", b"b"]))
print(str(b"hi"), "%s" % b"hi", b"abc" == b"abc", b"abc" < b"abd", b"b" in b"abc", 98 in b"abc")

"""Writes UnicodeNames.txt.gz, the table behind \\N{...} escapes, from CPython 3.13's unicodedata.

Run with `PYENV_VERSION=3.13.0 python3 gen_unicode_names.py`. One line per named code point, "NAME;HEX",
sorted by code point. Names that CPython derives from the code point itself (CJK ideographs and the other
"...-XXXX" families) are left out: UnicodeNames.cs computes them.
"""
import gzip, sys, unicodedata

DERIVED = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
           "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")
assert sys.version_info[:2] == (3, 13), "generate with CPython 3.13"
lines = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith(DERIVED):
        continue
    lines.append(f"{name};{cp:X}\n")
with gzip.GzipFile("UnicodeNames.txt.gz", "wb", mtime=0) as f:
    f.write("".join(lines).encode("ascii"))
print(len(lines), "names; unicodedata", unicodedata.unidata_version)

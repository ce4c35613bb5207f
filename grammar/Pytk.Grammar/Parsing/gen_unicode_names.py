"""Writes UnicodeNames.txt.gz, the table behind \\N{...} escapes, from CPython 3.13's unicodedata.

    PYENV_VERSION=3.13.0 python3 grammar/Pytk.Grammar/Parsing/gen_unicode_names.py [--check]

One line per named code point, "NAME;HEX", sorted by code point. Names that CPython derives from the code point
itself (CJK ideographs and the other "...-XXXX" families) are left out: UnicodeNames.cs computes them.
"""
import gzip, os, sys, unicodedata

DERIVED = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
           "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")
assert sys.version_info[:2] == (3, 13), "generate with CPython 3.13"
lines = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith(DERIVED):
        continue
    lines.append(f"{name};{cp:X}\n")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "UnicodeNames.txt.gz")
data = "".join(lines).encode("ascii")
if "--check" in sys.argv:
    # The gzip bytes depend on zlib's version; what must stay current is the table itself.
    with gzip.open(OUT, "rb") as f:
        if f.read() != data:
            sys.exit("out of date: run PYENV_VERSION=3.13.0 python3 grammar/Pytk.Grammar/Parsing/gen_unicode_names.py")
    sys.exit(0)
with gzip.GzipFile(OUT, "wb", mtime=0) as f:
    f.write(data)
print(len(lines), "names; unicodedata", unicodedata.unidata_version)

"""Writes NfkcIdentifiers.txt.gz: how NFKC changes each identifier character, from CPython 3.13's unicodedata.

    PYENV_VERSION=3.13.0 python3 grammar/Pytk.Grammar/Parsing/gen_nfkc_table.py [--check]

PEP 3131 normalizes identifiers with NFKC, and .NET's string.Normalize is unavailable under
InvariantGlobalization. One line per character that NFKC changes, "HEX;HEX HEX ...". (Composition of combining
sequences is not covered: no stdlib file needs it.)
"""
import gzip, os, sys, unicodedata

assert sys.version_info[:2] == (3, 13), "generate with CPython 3.13"
lines = []
for cp in range(0x80, 0x110000):
    c = chr(cp)
    if ('a' + c).isidentifier():
        n = unicodedata.normalize('NFKC', c)
        if n != c:
            lines.append('%X;%s\n' % (cp, ' '.join('%X' % ord(x) for x in n)))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'NfkcIdentifiers.txt.gz')
data = ''.join(lines).encode('ascii')
if '--check' in sys.argv:
    # The gzip bytes depend on zlib's version; what must stay current is the table itself.
    with gzip.open(OUT, 'rb') as f:
        if f.read() != data:
            sys.exit('out of date: run PYENV_VERSION=3.13.0 python3 grammar/Pytk.Grammar/Parsing/gen_nfkc_table.py')
    sys.exit(0)
with gzip.GzipFile(OUT, 'wb', mtime=0) as f:
    f.write(data)
print(len(lines), 'characters')

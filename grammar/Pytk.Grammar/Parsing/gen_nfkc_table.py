"""Writes NfkcIdentifiers.txt.gz: how NFKC changes each identifier character, from CPython 3.13's unicodedata.

Run with `PYENV_VERSION=3.13.0 python3 gen_nfkc_table.py`. PEP 3131 normalizes identifiers with NFKC, and
.NET's string.Normalize is unavailable under InvariantGlobalization. One line per character that NFKC
changes, "HEX;HEX HEX ...". (Composition of combining sequences is not covered: no stdlib file needs it.)
"""
import gzip, sys, unicodedata

assert sys.version_info[:2] == (3, 13), "generate with CPython 3.13"
lines = []
for cp in range(0x80, 0x110000):
    c = chr(cp)
    if ('a' + c).isidentifier():
        n = unicodedata.normalize('NFKC', c)
        if n != c:
            lines.append('%X;%s\n' % (cp, ' '.join('%X' % ord(x) for x in n)))
with gzip.GzipFile('NfkcIdentifiers.txt.gz', 'wb', mtime=0) as f:
    f.write(''.join(lines).encode('ascii'))
print(len(lines), 'characters')

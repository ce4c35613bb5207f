"""quopri for pytk, written for pytk: quoted-printable encoding and decoding (RFC 1521, MIME), and with
header=True the variant for message headers (RFC 1522) where '_' stands for a space.

Bytes that need quoting are written '=XX' (two upper-case hex digits); lines longer than 76 characters get
soft line breaks ('=' at the end of a line); whitespace ending a line is quoted. binascii's a2b_qp/b2a_qp are
used when the runtime has them; setting them to None selects the Python code below.
"""

import io

__all__ = ['encode', 'decode', 'encodestring', 'decodestring']

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None


def needsquoting(c, quotetabs, header):
    """Whether the single byte c (a bytes of length 1) must be written as =XX."""
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the single byte c."""
    i = ord(c)
    return ESCAPE + bytes((HEX[i // 16], HEX[i % 16]))


def ishex(c):
    """Whether the single byte c is a hexadecimal digit."""
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hexadecimal digits in s."""
    return int(s, 16)


def _encode_line(line, quotetabs, header):
    # The encoded units (one per input byte) of a line without its line end.
    units = []
    for byte in line:
        c = bytes((byte,))
        if needsquoting(c, quotetabs, header):
            units.append(quote(c))
        elif header and c == b' ':
            units.append(b'_')
        else:
            units.append(c)
    if line and line[-1:] in b' \t' and units[-1] == line[-1:]:
        # Trailing whitespace would be lost in transport: always quote it.
        units[-1] = quote(line[-1:])
    return units


def _fold(units):
    # The output lines of one encoded line: at most MAXLINESIZE characters each, every one but the last
    # ending in '=' (a soft line break, counted in the limit), never splitting an =XX unit.
    lines = []
    start = 0
    remaining = sum(map(len, units))
    while remaining > MAXLINESIZE:
        end = start
        size = 0
        while size + len(units[end]) <= MAXLINESIZE - 1:
            size += len(units[end])
            end += 1
        lines.append(EMPTYSTRING.join(units[start:end]) + ESCAPE)
        remaining -= size
        start = end
    lines.append(EMPTYSTRING.join(units[start:]))
    return lines


def encode(input, output, quotetabs, header=False):
    """Read binary file input, write its quoted-printable form to binary file output. quotetabs: quote
    spaces and tabs inside lines too; header: the header variant ('_' for space)."""
    if b2a_qp is not None:
        data = input.read()
        output.write(b2a_qp(data, quotetabs=quotetabs, header=header))
        return
    while True:
        line = input.readline()
        if not line:
            break
        end = b''
        if line[-1:] == b'\n':
            line = line[:-1]
            end = b'\n'
        pieces = _fold(_encode_line(line, quotetabs, header))
        output.write(b'\n'.join(pieces) + end)


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of bytes s."""
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    infp = io.BytesIO(s)
    outfp = io.BytesIO()
    encode(infp, outfp, quotetabs, header)
    return outfp.getvalue()


def decode(input, output, header=False):
    """Read quoted-printable binary file input, write the decoded bytes to binary file output."""
    if a2b_qp is not None:
        data = input.read()
        output.write(a2b_qp(data, header=header))
        return
    pending = b''
    while True:
        line = input.readline()
        if not line:
            break
        n = len(line)
        if line[-1:] == b'\n':
            soft = False
            n -= 1
            while n > 0 and line[n - 1:n] in b' \t\r':
                n -= 1   # whitespace added in transport
        else:
            soft = True  # the last line, with no line end
        decoded = bytearray()
        i = 0
        while i < n:
            c = line[i:i + 1]
            if c == b'_' and header:
                decoded += b' '
                i += 1
            elif c != ESCAPE:
                decoded += c
                i += 1
            elif i + 1 == n and not soft:
                soft = True   # '=' ending a line: a soft line break
                break
            elif i + 1 < n and line[i + 1:i + 2] == ESCAPE:
                decoded += ESCAPE
                i += 2
            elif i + 2 < n and ishex(line[i + 1:i + 2]) and ishex(line[i + 2:i + 3]):
                decoded.append(unhex(line[i + 1:i + 3]))
                i += 3
            else:
                decoded += c   # a stray '=': kept as it is
                i += 1
        pending += bytes(decoded)
        if not soft:
            output.write(pending + b'\n')
            pending = b''
    if pending:
        output.write(pending)


def decodestring(s, header=False):
    """The bytes that quoted-printable bytes s encode."""
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    infp = io.BytesIO(s)
    outfp = io.BytesIO()
    decode(infp, outfp, header=header)
    return outfp.getvalue()


def main():
    """python -m quopri [-t | -d] [file ...]: encode (quoting tabs with -t) or decode (-d) to stdout."""
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print('usage: quopri [-t | -d] [file] ...')
        print('-t: quote tabs')
        print('-d: decode; default encode')
        sys.exit(2)
    deco = False
    tabs = False
    for o, _a in opts:
        if o == '-t':
            tabs = True
        if o == '-d':
            deco = True
    if tabs and deco:
        sys.stdout = sys.stderr
        print('-t and -d are mutually exclusive')
        sys.exit(2)
    if not args:
        args = ['-']
    status = 0
    for name in args:
        if name == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, 'rb')
            except OSError as msg:
                sys.stderr.write(f"{name}: can't open ({msg})\n")
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()

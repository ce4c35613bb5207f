# re: RegexFlag inversion and reprs with unknown bits, patterns keeping unknown flag bits, repeat counts too large
import re
print(repr(re.I), repr(re.I | re.S | re.X), repr(re.I | re.S | re.X | (1 << 20)))
print(repr(~re.I), repr(~(re.I | re.S | re.X)), repr(~(re.I | re.S | re.X | (1 << 20))))
print(repr(re.compile('random pattern', 0x123000)), repr(re.compile('random pattern', 0x123000 | re.I)))
print(repr(re.compile(b'bytes pattern', re.A)), repr(re.compile('x', re.A | re.M)), re.compile('x', re.A).flags)
for pattern in [r'.{%d}' % 2**128, r'.{,%d}' % 2**128, r'.{%d,}?' % 2**128, r'.{%d,%d}' % (2**129, 2**128),
                r'x{4294967295}', r'x{3,2}']:
    try:
        re.compile(pattern)
    except (OverflowError, re.error) as e:
        print(type(e).__name__, e)
print(re.match(r'.{65536}', 'x' * 70000).span(), re.match(r'.{,65536}', 'x' * 70000).span())

import re

for pat in ['(a', 'a)', '[a', '*a', 'a**', r'\z', '(?P<a>x)(?P<a>y)', '(?P<1a>x)', '(?P=zz)', r'(a)\2',
            '(?<x)', 'a\nb(', 'x(?i)', 'a{3,1}', r'\x4', '(?P<>x)', r'[z-a]', '(?', 'a|*']:
    try:
        re.compile(pat)
        print('ok', repr(pat))
    except re.error as e:
        print(type(e).__name__, '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
for repl in [r'\9', r'\q', r'\g<y>', r'\g<2', r'\g', r'\g<a-b>']:
    try:
        print(re.sub('(?P<x>a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.search('a', b'abc')
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', 5)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.match('(a)', 'a').group(3)
except IndexError as e:
    print('IndexError', e)
try:
    re.compile('a', re.LOCALE)
except ValueError as e:
    print('ValueError', e)
print(re.error is re.PatternError, issubclass(re.error, Exception))
print(re.compile(b'[a-z]+').findall(b'abc DEF ghi'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.compile(b'x'))
print(re.split(rb',', b'a,b'), re.match(rb'\w+', b'caf\xe9').group(), re.escape(b'a.b'))

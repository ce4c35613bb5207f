# re: Pattern.scanner, global flags after comments/whitespace/other flags, octal escapes in sets, hex escape
# messages, read-only groupindex, pickling, and count/maxsplit/flags by position (deprecated in 3.13)
import pickle
import re
import warnings

sc = re.compile(r'\d+').scanner('a1 22 333', 1)
print(sc.pattern.pattern, [sc.search().span() for _ in range(3)], sc.search())
sc = re.compile(r'\w').scanner('ab c')
print(sc.match().group(), sc.match().group(), sc.match())
sc = re.compile(r'x*').scanner('xxa')
print(sc.match().span(), sc.match())

for pattern, flags, text in [('(?x) a', 0, 'a'), (' (?x) a', re.X, 'a'), ('(?x) (?i) A b', 0, 'ab'),
                             ('#c\n(?i)A', re.X, 'a'), ('(?#note)(?i)A', 0, 'a'), ('(?s)(?m)^.$', 0, '\n')]:
    print(repr(pattern), bool(re.fullmatch(pattern, text, flags)))
for pattern in ['a(?i)b', '(?:(?i))', 'a|(?i)b', '(?i', '(a)(?x)', '(?-', '(?i-)', '(?-i', '(?i-x',
                '(?iq:a)', '(?-q:a)', '(?i-1:a)', '(?i=a)', '(?-i=a)']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), e)

print([bool(re.fullmatch(r'[\%o]' % i, chr(i))) for i in (0, 7, 8, 63, 255)])
print(re.findall(r'[\1-\3]', '\x01\x02\x03\x04'), re.findall(r'[\08]', '\x008'))
for pattern in [r'[\8]', r'[\400]', r'\x1z', r'\u12g4', r'\U0001234', r'[\x]']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), e)

p = re.compile(r'(?P<first>a)(?P<second>b)')
print(dict(p.groupindex), type(p.groupindex).__name__)
try:
    p.groupindex['first'] = 5
except TypeError as e:
    print('TypeError', e)
q = pickle.loads(pickle.dumps(re.compile(r'a(b)c', re.I)))
print(q == re.compile(r'a(b)c', re.I), q.flags == re.compile(r'a(b)c', re.I).flags)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(re.sub('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa', 1, re.I), re.split(':', 'a:b:c', 1))
print([(w.category.__name__, str(w.message)) for w in caught])
for call in [lambda: re.sub('a', 'b', 'aaa', 1, count=1), lambda: re.split('a', 'b', 1, 0, flags=0),
             lambda: re.subn('a', 'b', 'c', 1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(re.sub('a', 'b', 'aAa', count=1, flags=re.I), re.split('x', 'axbXc', maxsplit=5, flags=re.I))

import re
from collections import Counter

LOG = """\
2024-01-05 10:15:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:17:42 ERROR user=bob action=upload ip=10.0.0.7 size=1024
2024-01-05 10:20:00 WARN  user=alice action=upload ip=10.0.0.1 size=99999
2024-01-06 08:00:13 ERROR user=carol action=login ip=192.168.1.20
"""
line_re = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$', re.M)
levels = Counter()
for m in line_re.finditer(LOG):
    fields = dict(re.findall(r'(\w+)=(\S+)', m['rest']))
    levels[m['level']] += 1
    print(m['date'], m['time'][:5], m['level'], fields.get('user'), fields.get('size', '-'))
print(levels.most_common())
ips = re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG)
print(sorted(set(ips)))

EMAIL = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
for addr in ['a.b@example.com', 'bad@', 'x+y@sub.domain.org', '@no.com', 'spaces in@x.com']:
    print(addr, bool(EMAIL.match(addr)))


def tokenize(expr):
    spec = [('NUM', r'\d+(?:\.\d*)?'), ('ID', r'[A-Za-z_]\w*'), ('OP', r'[+\-*/()=]'), ('WS', r'\s+'), ('BAD', r'.')]
    tok_re = re.compile('|'.join(f'(?P<{n}>{p})' for n, p in spec))
    out = []
    for m in tok_re.finditer(expr):
        kind = m.lastgroup
        if kind == 'WS':
            continue
        out.append((kind, m.group()))
    return out


print(tokenize('x1 = 3.5 * (y + 42) $'))


def camel_to_snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()


print([camel_to_snake(n) for n in ['CamelCase', 'getHTTPResponseCode', 'already_snake', 'HTTPServer']])
text = 'The rain in Spain stays mainly in the plain. In Spain, rain!'
words = re.findall(r"[a-z']+", text.lower())
print(Counter(words).most_common(3), len(re.findall(r'ain\b', text)))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
template = 'Dear {name}, your order {order} ships {when}.'
vals = {'name': 'Ann', 'order': '#42', 'when': 'today'}
print(re.sub(r'\{(\w+)\}', lambda m: vals[m.group(1)], template))
phone = re.compile(r'\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})')
print([phone.sub(r'\1-\2-\3', p) for p in ['(555) 123-4567', '555.123.4567', '5551234567']])

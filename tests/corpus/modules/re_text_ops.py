import re

s = 'Jan 3, 2024; feb 14 2023; MAR 30, 1999'
months = {m: i for i, m in enumerate('jan feb mar apr may jun jul aug sep oct nov dec'.split(), 1)}
dates = [(int(y), months[m.lower()], int(d)) for m, d, y in re.findall(r'([a-z]{3})\s+(\d{1,2}),?\s+(\d{4})', s, re.I)]
print(sorted(dates))
print(re.sub(r'(?i)\b(jan|feb|mar)\b', lambda m: m.group().upper(), s))
snake = re.sub(r'[^0-9a-zA-Z]+', '_', ' Hello, World -- 2024! ').strip('_').lower()
print(snake, re.sub(r'_+', '_', 'a__b___c'))
html = '<p class="x">Hi <b>there</b> &amp; <i>you</i></p>'
print(re.sub(r'<[^>]+>', '', html), re.findall(r'<(\w+)', html), re.findall(r'(\w+)="([^"]*)"', html))
pw = re.compile(r'^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$')
print([bool(pw.match(p)) for p in ['Passw0rd!', 'password', 'SHORT1!a', 'NoDigits!!', 'G00d#Pass']])
csvish = 'a, "b, c", d,"e"'
print(re.findall(r'\s*(?:"([^"]*)"|([^,]*))\s*(?:,|$)', csvish)[:4])
print(re.subn(r'(\d+)', lambda m: str(int(m.group(1)) ** 2), 'x1 y22 z333'), re.split(r'\s*[;,]\s*', 'a ; b,c ,d'))
words = re.compile(r'\w+')
text = 'one two  three'
print([(m.group(), m.start()) for m in words.finditer(text)], words.sub(lambda m: m.group()[::-1], text))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1 b=2'), re.sub('(a)(b)?', r'[\2]', 'ac ab'))
print(re.findall(r'(?m)^#\s*(.+)$', '# title\ntext\n#  sub\n'), re.sub(r'\s+$', '', 'trail   \n'), repr(re.sub(r'^\s+', '', '\n\t x')))

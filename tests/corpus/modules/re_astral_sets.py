# re: sets with characters above U+FFFF (ranges, negation, mixed with BMP items), range errors, possible set
# operations (FutureWarning), \u \U \N refused in bytes patterns
import re
import warnings

s = 'a\U0001d49c\U0001d4b5z\U0001f600\u00e9'
for pattern in [r'[\U0001d49c-\U0001d4b5]', r'[^\U0001d49c-\U0001d4b5]', r'[a\U0001f600]', r'[^a\U0001f600]',
                r'[\U0001d49c-\U0001f600]+', r'[\u00e0-\U0001d4a0]', '[\U0001d49c-\U0001d4b5]', r'[^\U0001f600]',
                r'[\U00010000-\U0010ffff]', r'[^\x00-\uffff]', r'[\U0001F600-\U0001F64F\u00e9]{2}']:
    print(pattern, re.findall(pattern, s), re.findall(pattern, 'plain ascii'))
print(re.fullmatch(r'[\U00012345-\U00056789]+', '\U00013000\U00020000\U00056789\U00012345') is not None)
print(re.sub(r'[\U0001d400-\U0001d7ff]', '?', 'x\U0001d49cy\U0001d7ffz\U0001d800'))
for pattern in [r'[\w-b]', r'[a-\w]', r'[b-a]', r'[\d-\w]', r'[a-', r'[\U0001f600-a]', r'[\w-]', r'[a-b-c]']:
    try:
        print(pattern, re.findall(pattern, 'a-bc\\w'))
    except re.error as e:
        print(pattern, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for pattern in [r'[0-9--1]', r'[%--]', r'[0-9&&1]', r'[a~~b]', r'[a||b]', r'[[a]', r'[--1]', r'[&&]', r'[^[]']:
        print(pattern, re.findall(pattern, '0-9&1%~|[a'))
print([(w.category.__name__, str(w.message), w.filename == __file__) for w in caught])
for pattern in [br'\u1234', br'\U00012345', br'\N{DIGIT ONE}', br'[\u1234]']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(pattern, e)
for p in [r'[a-\w]', r'[\w-b]', r'[b-a]', r'[\U0001f600-a]', r'[a-\x00]', r'[\x61-\x00]', r'[x\d-\w]', r'[\u0062-\x61]', r'[bc-\x61]']:
    try: re.compile(p)
    except re.error as e: print(p, '|', e.msg, e.pos)
print(re.findall(r'[\ud800-\udfff\U0001f600]', 'a\ud800b\U0001f600\U0001d49c'), re.findall(r'[^b\U0001f600]', 'a\ud800b\U0001f600\U0001d49c'))

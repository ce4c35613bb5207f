# re: sre's errors for group names and numbers (named groups, (?P=...), conditionals, templates, bytes patterns),
# conditionals naming groups defined later or numbered past 99
import re
for p in [r'(?P<a>)(?P<a>)', r'(?P<a>(?P=a))', r'(?Pxy)', r'(?P<a>)(?P=a', r'(?P=', r'(?P=)', r'(?P=1)', r'(?P=a)', r'(?P=a.)', r'(?P<)', r'(?P<a', r'(?P<', r'(?P<>)', r'(?P<1>)', r'(?(', r'(?())', r'(?(a))', r'(?(-1))', r'(?(1a))', '(?P<©>x)', '(?(©)y)',
          r'(?P<a>)(?(0)a|b)', r'()(?(-1)a|b)', r'()'*10 + r'(?(1_0)a|b)', r'()(?( 1 )a|b)', r'()(?(१)a|b)', r'()(?(1', r'()(?(1)a', r'()(?(1)a|b|c)', r'()(?(2)a)',
          r'(', r'(?P', r'(?z)', r'(?iz)', r'(?#abc', r'(?<', r'(?<>)', r'(?', '(?(2)a|b)(x)(y)']:
    try: re.compile(p); print('ok', p)
    except re.error as e: print(repr(p), e)
pat = '|'.join('x(?P<a%d>%x)y' % (i, i) for i in range(1, 200 + 1))
print(re.match('(?:%s)(?(200)z|t)' % pat, 'xc8yz').span(), re.match('(?:%s)(?(200)z|t)' % pat, 'xc7yt').span())
print(re.match(r'(?:(a)|b)(?(1)c|d)', 'bd').span(), re.match('(?(2)a|b)(x)(y)', 'bxy'))
for pat, tmpl in [('(?P<a>x)', r'\g<a'), ('(?P<a>x)', r'\g<'), ('(?P<a>x)', r'\g'), ('(?P<a>x)', r'\g<a a>'), ('(?P<a>x)', r'\g<>'), ('(?P<a>x)', r'\g<2>'), ('(?P<a>x)', r'\2'), ('(?P<a>x)', r'\g<ab>'), ('(?P<a>x)', r'\g<१>'), ('(?P<a>x)', r'\g<¹>'), (b'(?P<a>x)', b'\\g<\xc2\xb5>')]:
    try: re.sub(pat, tmpl, 'xx' if isinstance(pat, str) else b'xx'); print('ok')
    except (re.error, IndexError) as e: print(type(e).__name__, e)
for p in [b'(?P<\xc2\xb5>x)', b'(?P=\xc2\xb5)', b'(?(\xc2\xb5)y)']:
    try: re.compile(p)
    except re.error as e: print(e)

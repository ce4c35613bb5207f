# look-behind widths as sre computes them: one width required (else an error without a position), at most
# MAXCODE, references into the same look-behind refused; wide look-behinds near the start fail at once
import re
for p in [r'(a)b(?<=(?(2)b|x))(c)', r'(a)b(?<=(.)\2)(c)', r'(a)b(?<=(?P<a>.)(?P=a))(c)', r'(a)b(?<=(a)(?(2)b|x))(c)', r'(a)b(?<=(.)(?<=\2))(c)', r'(?<=a+)', r'(?<=a|bc)', r'(?<=((.{%d}){%d}){%d})' % (2**22,2**22,2**22), r'(?<=(a)\1)', r'(?<=\b)', r'(?<=x{3}(?=yyy))', r'(?<=(?(1)ab|cd))', r'(a)(?<=(?(1)ab|c))', r'(?<=(?:ab)*)', r'(?<=a{0})', r'(?<=a+)(', r'(?<=a{2,2}b?)', r'(?<=\d\w\s.[ab])x', r'(?<=(?:ab|cd){40})x', r'(?<!(?i:ab){3})y', r'(?<=(?#c)ab(?=c))']:
    try: re.compile(p); print('ok', p)
    except re.error as e: print(repr(p), e.msg, e.pos, str(e))
print(re.search(r'(?<=(?:ab|cd){40})x', 'ab'*40+'x').span(), re.search(r'(?<=(?:ab|cd){40})x', 'ab'*39+'x'))
print(re.findall(r'(?<!(?:a.){40})y', 'y'+'ab'*40+'y'+'ab'*39+'cy'))
string = 'x' * 300_000
print(re.search(r'(?<=((.{%d}){%d}){%d})' % (64, 64, 64), string).span())
print(re.search(r'(?<!((.{%d}){%d}){%d})' % (64, 64, 64), string).span())
print(len(re.findall(r'(?<=(?:x{10}){20})x', 'x' * 1000)))
print(re.sub(r'(?<=\bab)c', '-', 'abc xabc ab c'), re.split(r'(?<=[.!?]) ', 'One. Two! Three? Four'))

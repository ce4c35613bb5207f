import re

print(re.findall(r'\d+(?=px)', '10px 20em 30px'), re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
print(re.findall(r'(?<=@)\w+', 'a@b c@d'), re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'<.+?>', '<a><b></b>'), re.findall(r'<.+>', '<a><b></b>'), re.match(r'a*?', 'aaa').span())
print(re.match(r'a++b', 'aaab'), re.match(r'a++a', 'aaa'), re.match(r'(?>a+)b', 'aab'), re.match(r'x{1,3}+x', 'xxx'))
print(re.match(r'(<)?\w+(?(1)>|$)', '<abc>'), re.match(r'(<)?\w+(?(1)>|$)', 'abc'), re.match(r'(?P<q>")?\w+(?(q)")', '"hi"'))
print(re.findall(r'(?i:a)b', 'ab Ab aB AB'), re.findall(r'(?-i:a)b', 'ab Ab aB AB', re.I))
print(re.findall(r'\w+', 'naïve café 東京 x_1'), re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\d', '٣4'))
print(re.findall(r'\d', '٣4', re.ASCII), re.findall(r'\s+', 'a\u00a0b c', re.A), re.findall(r'\bé', 'é é', re.A))
s = 'x😀y😀z'
print([m.span() for m in re.finditer('😀', s)], re.split('😀', s), re.search('y', s).start(), re.sub('.', '.', s))
print(re.findall(r'[^\W\d_]+', 'abc123_def'), re.findall(r'[\w-]+', 'foo-bar baz'), re.findall(r'[]a]', ']a['))
print(re.findall(r'[\^x]', 'a^x'), re.findall(r'[a\-z]', 'a-mz'), re.findall(r'[.]', 'a.b'))
print(re.match(r'(a|b)*c', 'ababc').group(1), re.match(r'(?:(a)|b)+', 'ab').group(1), re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match('(a(b))', 'ab').lastindex)
print(re.search(r'\x41\u0042\101\0', 'xAB\x41\x00'), re.findall(r'\t|\n', 'a\tb\nc'), re.findall(r'[\x30-\x32]', '0123'))
print(re.sub(r'(?m)^', '> ', 'a\nb\n'), re.sub(r'(?m)$', ';', 'a\nb'), re.findall(r'(?s).+', 'a\nb'))
text = """
    key1 = value one   # comment
    key2=value2
"""
pat = re.compile(r'''
    ^\s* (?P<key>\w+)      # the key
    \s* = \s*
    (?P<value>[^#\n]*?)    # the value, lazily
    \s* (?:\#.*)? $
''', re.VERBOSE | re.MULTILINE)
print([m.groupdict() for m in pat.finditer(text)])
print(re.match(r'(\d+)\s(?#comment)(\w)', '12 x').groups(), re.fullmatch(r'\d{3}-\d{4}', '555-12345'))
print(re.compile(r'a(?=b)').sub('X', 'ab ac ab'), re.sub(r'', '-', 'abc'), re.split(r'(?=[A-Z])', 'HelloBigWorld'))
print(re.match(r'(?P<a>.)(?P<b>.)?', 'x').lastgroup, re.search('(a)(b)(c)', 'abc').lastgroup)

# re: scoped inline flags (turning IGNORECASE on and off, ASCII/UNICODE inside a group) and their errors
import re
print(bool(re.match(r'(?i:a)b', 'Ab')), re.match(r'(?i:a)b', 'aB'), re.match(r'(?-i:a)b', 'Ab', re.IGNORECASE))
print(bool(re.match(r'(?-i:a)b', 'aB', re.IGNORECASE)), re.match(r'(?i:(?-i:a)b)', 'Ab'), bool(re.match(r'(?i:(?-i:a)b)', 'aB')))
print(bool(re.match(r'\w(?a:\W)\w', '\xe0\xe0\xe0')), bool(re.match(r'(?a:\W(?u:\w)\W)', '\xe0\xe0\xe0')),
      bool(re.match(r'\W(?u:\w)\W', '\xe0\xe0\xe0', re.ASCII)))
for pattern in [r'(?a)(?-a:\w)', r'(?i-i:a)', r'(?au:a)', br'(?aL:a)', r'(?L:a)', br'(?u:a)', r'(?-', r'(?-+', r'(?-z',
                r'(?-i', r'(?-i)', r'(?-i+', r'(?-iz', r'(?i:', r'(?i', r'(?i+', r'(?iz']:
    try:
        re.compile(pattern)
        print(pattern, 'ok')
    except re.error as e:
        print(pattern, e)

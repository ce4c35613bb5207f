from string import Template
import string

row = Template('$name${pad}| $qty x $$$price = $$$total')
items = [('apple', 3, 0.5), ('melon', 1, 2.25), ('fig', 12, 0.1)]
for name, qty, price in items:
    print(row.substitute(name=name, pad=' ' * (8 - len(name)), qty=qty, price=f'{price:.2f}', total=f'{qty * price:.2f}'))
letter = Template('Dear $title $last,\nYour balance is $$${amount}.\n-- $signoff')
print(letter.safe_substitute(title='Dr.', last='Who', amount=12))
print(string.Formatter().format('{:*^11}|{:>5.1f}|{!r}', 'mid', 3.14159, 'q'))
valid = set(string.ascii_letters + string.digits + '_')
print([w for w in ['ok_1', 'bad-1', 'x y', '_'] if set(w) <= valid])
print(''.join(sorted(set(string.punctuation) & set('a,b.c!d?'))), string.ascii_uppercase.index('K'))

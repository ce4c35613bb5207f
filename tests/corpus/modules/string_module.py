import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('hello   big  world'), string.capwords('a-b-c', '-'))
t = Template('$who likes $what; ${who}s pay $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}, what='jam'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
bad = Template('cost: $5 or\n $')
try:
    bad.substitute()
except ValueError as e:
    print('ValueError', e)
print(bad.safe_substitute(), bad.is_valid())


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %{age}y').substitute(name='Bo', age=7))
f = Formatter()
print(f.format('{0} + {1} = {2:>5}', 1, 2, 3), f.format('{name!r:>8}|{x[1]}|{p.real}', name='z', x=[5, 6], p=3))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')))
caps = ''.join(c for c in 'Hello, World! 123' if c in string.ascii_uppercase)
print(caps, sum(c in string.punctuation for c in 'Hi!? ok.'))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello world'.translate(table))

# format() with an empty spec is str() for every built-in type (so a subclass's own __str__ shows), and a
# complex without a presentation type is written as repr writes it (no parentheses without a real part).
import datetime


class I(int):
    def __str__(self):
        return 'int-str'


class F(float):
    def __str__(self):
        return 'float-str'


class S(str):
    def __str__(self):
        return 'str-str'


class C(complex):
    def __str__(self):
        return 'complex-str'


for x in (I(7), F(2.5), S('s'), C(1j), True):
    print(format(x), f'{x}', type(x).__mro__[1].__format__(x, ''), f'{x:>6}'.strip())

for z in (1j, 1 + 2j, -0.0 + 1j, complex(0.0, -1.5), complex(-0.0, 2), 1e20j, complex(3, 0)):
    print([format(z, s) for s in ('', '>12', '.2', '10.3', 'g', '.2g', '+', ' ', 'e', '.1f', '^14')])
for bad in ('012', '=10', 'd', '%'):
    try:
        format(1 + 1j, bad)
    except ValueError as e:
        print('ValueError:', e)
print(format(datetime.date(2020, 5, 17)), f'{datetime.date(2020, 5, 17):%d/%m}')

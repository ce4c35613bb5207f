from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, InvalidOperation, DivisionByZero
import decimal

print(Decimal('0.1') + Decimal('0.2'), 0.1 + 0.2, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(Decimal(10), Decimal('3.14'), Decimal('-0'), Decimal('1e3'), Decimal('1.50E-7'), Decimal('  42  '), Decimal(0.5), Decimal(0.1))
print(repr(Decimal('1.10')), Decimal('1.10') * 3, Decimal('1.1') * Decimal('1.1'), Decimal(7) / Decimal(4), Decimal(1) / Decimal(3))
print(Decimal(2) / Decimal(3), Decimal('10') / Decimal('0.5'), Decimal('1.20') / 2, Decimal(100) / 8, Decimal('4.00') / 2)
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(7), Decimal(-3)), Decimal('7.5') // 2, Decimal('7.5') % 2)
print(Decimal(2) ** 10, Decimal('1.1') ** 2, Decimal(2) ** -2, -Decimal('5'), abs(Decimal('-2.50')), +Decimal('1.000'))
price = Decimal('19.99')
qty = 3
subtotal = price * qty
tax = (subtotal * Decimal('0.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, f'{subtotal + tax:.2f}', f'{subtotal:>10}', f'{Decimal("1234567.891"):,.2f}')
print(Decimal('2.675').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), ROUND_HALF_UP), Decimal('-2.5').quantize(Decimal('1'), ROUND_FLOOR))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('2.345'), 2), int(Decimal('-3.9')), float(Decimal('0.25')))
print(Decimal('1.2300').normalize(), Decimal('100').normalize(), Decimal('0.000').normalize(), Decimal(2).sqrt(), Decimal('0.25').sqrt())
print(sorted([Decimal('1.5'), Decimal('-2'), Decimal('0.75'), 1]), Decimal('1.0') == 1, Decimal('0.5') < 0.6, hash(Decimal('2.0')) == hash(2), hash(Decimal('0.5')) == hash(0.5))
print(sum([Decimal('0.1')] * 10), Decimal('1.30') + Decimal('1.20'), Decimal('1e-7'), Decimal('123e5'), Decimal('0.00001234'))
print(Decimal('3.14159').as_tuple(), Decimal('-1.5').as_integer_ratio(), Decimal('12.345').adjusted(), Decimal(0).is_zero())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, Decimal('9.999') + 0)
print(Decimal(2) / 3, getcontext().prec)
getcontext().prec = 28
for bad in ['abc', '1.2.3', '', '1e']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print('InvalidOperation', e)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print('DivisionByZero', e)
print(Decimal('Infinity'), Decimal('-inf') < 0, Decimal('NaN'))

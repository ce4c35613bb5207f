from decimal import Decimal, ROUND_HALF_UP, getcontext


def amortize(principal, annual_rate, months):
    p = Decimal(principal)
    r = Decimal(annual_rate) / 12 / 100
    payment = (p * r / (1 - (1 + r) ** -months)).quantize(Decimal('0.01'), ROUND_HALF_UP)
    rows = []
    balance = p
    for m in range(1, months + 1):
        interest = (balance * r).quantize(Decimal('0.01'), ROUND_HALF_UP)
        principal_part = payment - interest if m < months else balance
        balance -= principal_part
        rows.append((m, interest, principal_part, balance))
    return payment, rows


pay, rows = amortize('1000', '12', 6)
print('payment', pay)
for m, i, pp, b in rows:
    print(f'{m:>2} {i:>7} {pp:>8} {b:>9}')
print(sum(r[1] for r in rows), sum(r[2] for r in rows))
cart = {'book': ('12.99', 2), 'pen': ('0.35', 10), 'bag': ('24.50', 1)}
total = sum(Decimal(p) * q for p, q in cart.values())
print(total, f'{total * Decimal("1.2"):.2f}', total.quantize(Decimal('1')), (total / 3).quantize(Decimal('0.001')))
split = [(total / 3).quantize(Decimal('0.01'), ROUND_HALF_UP)] * 2
split.append(total - sum(split))
print(split, sum(split) == total, getcontext().prec)

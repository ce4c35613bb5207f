balance = 1000.0
rate = 0.05
for year in range(1, 6):
    balance *= 1 + rate
    print(f"year {year}: {balance:,.2f}")
print(round(balance, 2), f"{balance:.10g}", int(balance))
monthly = [round(1000 * (1 + 0.04 / 12) ** m, 2) for m in range(0, 13, 3)]
print(monthly)

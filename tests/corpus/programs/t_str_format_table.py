items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'item':<8}{'price':>8}{'qty':>5}{'total':>9}")
for name, price, qty in items:
    print(f"{name:<8}{price:>8.2f}{qty:>5}{price * qty:>9.2f}")
print("-" * 30)
print(f"{'sum':<8}{sum(p * q for _, p, q in items):>22.2f}")

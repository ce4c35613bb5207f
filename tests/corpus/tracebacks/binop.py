def ratio(a, b):
    total = a + b
    return a / (b - b) * total

print(ratio(1, 2))

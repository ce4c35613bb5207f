row = [1]
for _ in range(10):
    print(" ".join(map(str, row)).center(40))
    row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]

def rows(n):
    for i in range(n):
        yield (j for j in range(i + 1))
print([sum(r) for r in rows(6)], sum(sum(r) for r in rows(10)))

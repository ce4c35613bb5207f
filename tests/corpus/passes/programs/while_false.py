def f():
    n = 0
    while False:
        n += 1
    else:
        n = -1
    while n < 3:
        n += 1
        continue
        n = 100
    return n

print(f())

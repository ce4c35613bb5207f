def check(x):
    assert x > 0
    return x
print(check(1))
check(-1)

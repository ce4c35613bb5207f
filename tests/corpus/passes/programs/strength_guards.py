# strength reduction must not touch what may not be an int: parameters, floats, strings, lists, user types
class Money:
    def __init__(self, v):
        self.v = v
    def __mul__(self, k):
        print('mul', k)
        return Money(self.v * k)
    def __floordiv__(self, k):
        print('floordiv', k)
        return Money(self.v // k)
    def __repr__(self):
        return 'Money(%r)' % self.v

def scale(m):
    return m * 2, m * 8, m // 4

def floats():
    x = 1.5
    y = 1e308
    try:
        z = y ** 2
    except OverflowError as e:
        z = 'overflow: %s' % e
    return x * 2, x * 8, x // 2, x % 4, y * 2, z

def strings():
    s = 'ab'
    items = [1, 2]
    return s * 2, s * 4, items * 2

def mixed(flag):
    v = 3
    if flag:
        v = 2.5
    return v * 2, v * 4, v // 2

print(scale(Money(10)))
print(scale(7))
print(floats())
print(strings())
print(mixed(False), mixed(True))

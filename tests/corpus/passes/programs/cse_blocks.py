# common subexpressions of int locals in straight-line code, kills on reassignment, loops and branches
def area(w, h):
    x = w + 0 if isinstance(w, int) else 0
    width = 3
    height = 4
    a = width * height
    b = width * height + 1
    c = width * height + 1
    print(a, b, c, width * height - 1)
    width = 10
    d = width * height
    print(d, width * height)
    return a + b + c + d + x

def loop(n):
    acc = 0
    k = 0
    for i in range(n):
        s = i * i + 1
        t = i * i + 1
        acc += s * t
        k = i * i + 1
    return acc, k

def branches(flag):
    p = 6
    q = 7
    r = p * q
    if flag:
        p = 1
    s = p * q
    return r, s

def deferred():
    x = 2
    y = 3
    z = x * y
    gen = (x * y for _ in range(2))
    x = 100
    return z, list(gen)

def raising():
    n = 0
    m = 5
    try:
        a = m // n
    except ZeroDivisionError as e:
        a = str(e)
    try:
        b = m // n
    except ZeroDivisionError as e:
        b = 'again: ' + str(e)
    return a, b

print(area(1, 2))
print(loop(6))
print(branches(False), branches(True))
print(deferred())
print(raising())

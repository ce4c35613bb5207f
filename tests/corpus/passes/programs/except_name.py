def f():
    e = 0
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "unbound after except"

print(f())

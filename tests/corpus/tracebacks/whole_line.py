def f():
    raise ValueError("whole line")

def g():
    return f()

def h():
    y = g()
    print(y)

h()

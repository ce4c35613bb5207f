"module doc"

def f():
    "function doc"
    return f.__doc__

class C:
    "class doc"

def g():
    "a" + "b"
    return g.__doc__

print(__doc__, f(), C.__doc__, g())

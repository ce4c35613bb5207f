# locals() sees every local: no propagation or store removal may change what it shows.
def f():
    a = 1
    b = 2
    return sorted(locals().items())

print(f())

def f():
    exec("x = = 2")
f()

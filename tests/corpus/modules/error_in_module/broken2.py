def f():
    raise KeyError("inside")
f()

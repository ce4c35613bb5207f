def f():
    pass
# end
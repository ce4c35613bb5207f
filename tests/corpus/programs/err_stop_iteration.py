x = [1]
it = iter(x)
next(it)
next(it)

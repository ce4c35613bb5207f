x = None
x.y = 1

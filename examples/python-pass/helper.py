def sign(x):
    if not x >= 0:
        return -1
    else:
        return 1

# paragraph cell 4 of 002_e76eddcb3587527d.txt (extracted by extract.py; do not edit)
def f():
    return 1

def g():
    return f()

g()

# paragraph cell 6 of 002_e76eddcb3587527d.txt (extracted by extract.py; do not edit)
def f():
    return 1

print(f.__code__)

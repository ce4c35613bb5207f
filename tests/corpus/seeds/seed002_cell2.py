# paragraph cell 2 of 002_e76eddcb3587527d.txt (extracted by extract.py; do not edit)
import dis

def f():
    x = 10 + 20
    return x

dis.dis(f)

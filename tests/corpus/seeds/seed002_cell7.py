# paragraph cell 7 of 002_e76eddcb3587527d.txt (extracted by extract.py; do not edit)
import dis

def test(a, b):
    return a * b + 10

dis.dis(test)

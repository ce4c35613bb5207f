# paragraph cell 3 of 002_e76eddcb3587527d.txt (extracted by extract.py; do not edit)
a = 3
b = 4
c = a + b

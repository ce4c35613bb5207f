# paragraph cell 1 of 002_e76eddcb3587527d.txt (extracted by extract.py; do not edit)
x = 10 + 20

# paragraph cell 5 of 002_e76eddcb3587527d.txt (extracted by extract.py; do not edit)
print(x)

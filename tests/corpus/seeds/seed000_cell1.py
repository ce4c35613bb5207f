# notebook cell 1 of 000_fa496c6151e463ca.txt (extracted by extract.py; do not edit)
import tokenize
from io import BytesIO

code = b"x = 3 + 4"
for tok in tokenize.tokenize(BytesIO(code).readline):
    print(tok)

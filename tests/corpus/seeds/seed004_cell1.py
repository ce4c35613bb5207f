# python cell 1 of 004_4f4d3257d9e40de8.txt (extracted by extract.py; do not edit)
print("Hello, world")

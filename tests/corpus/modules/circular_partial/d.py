import c
print(c.missing)

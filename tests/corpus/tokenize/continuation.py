x = 1 + \
    2
if a and \
   b:
    pass
y = (1 + \
     2)
z = 3 \
  + 4

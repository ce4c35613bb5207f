if 1:
  a
b
  c
 d
#ce
  #cf
 #c
(a,
b)

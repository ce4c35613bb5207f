from x import xv
yv = 2

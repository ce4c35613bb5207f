from y import yv
xv = 1

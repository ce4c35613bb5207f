import a
print("main sees", a.A, a.b.B, a.b.seen)
from b import late
print(late())

from .square import area as sq
PI = 3.0
def area(r):
    return PI * sq(r)
print("loaded circle", __name__, __package__)

from shapes import *
print(sorted(n for n in dir() if not n.startswith('__')))
print(describe(Circle(1)), describe(unit), describe(Square(3)))
import shapes
print(sorted(shapes.__all__), hasattr(shapes, 'circle'), shapes.circle.helper(), shapes._private)
from shapes.circle import *
print('helper' in dir(), 'Circle' in dir())
import shapes.square as sq
print(sq is shapes.square, sq._hidden, shapes._sq is sq)

from .circle import *
from .square import *
from . import square as _sq
__all__ = circle.__all__ + square.__all__ + ['describe']
def describe(s):
    return f'{type(s).__name__} with area {s.area():.2f}'
_private = 'hidden'

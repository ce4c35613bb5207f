from . import maths, text
__all__ = ['maths', 'text']

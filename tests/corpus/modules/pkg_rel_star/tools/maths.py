__all__ = ['add', 'mul']
def add(a, b): return a + b
def mul(a, b): return a * b
def _secret(): return 0
def hidden(): return 'not in __all__'

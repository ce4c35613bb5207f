def f():
    import helpers
    from helpers import double as d
    return d(helpers.PI)
print(f(), 'helpers' in globals())
class C:
    import helpers as h
    value = h.double(5)
print(C.value, C.h.PI)
def g(flag):
    if flag:
        from helpers import PI
    else:
        PI = 0
    return PI
print(g(True), g(False))
try:
    def bad():
        from helpers import nothing_here
    bad()
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
import helpers, sys
print(sys.modules['helpers'] is helpers, helpers.__name__)

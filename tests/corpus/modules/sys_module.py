import sys

print(sys.argv[1:], type(sys.argv[0]).__name__, sys.maxsize, sys.byteorder if hasattr(sys, 'byteorder') else 'little')
print(sys.version_info >= (3, 8), sys.version_info[0], isinstance(sys.path, list), 'sys' in sys.modules, sys.platform.startswith(('linux', 'darwin', 'win')))
sys.stdout.write('written directly\n')
print('to stderr', file=sys.stderr)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(old)
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
print(sys.intern('abc') == 'abc', sys.getsizeof is not None if hasattr(sys, 'getsizeof') else True)
sys.exit(3)

# __cached__ / __spec__.cached name the cache file; importing writes it unless sys.dont_write_bytecode
import os
import sys

sys.dont_write_bytecode = False
import cached_mod

c = cached_mod.__cached__
print(os.path.basename(os.path.dirname(c)), c.endswith('.pyc'), os.path.basename(c).startswith('cached_mod.'))
print(cached_mod.__spec__.cached == c, os.path.exists(c), cached_mod.VALUE)
print(os.path.dirname(os.path.dirname(c)) == os.path.dirname(cached_mod.__file__))

here = os.path.dirname(os.path.abspath(__file__))
pyc_dir = os.path.join(here, '__pycache__')
for name in os.listdir(pyc_dir):
    if name.startswith('uncached_mod.'):
        os.remove(os.path.join(pyc_dir, name))
sys.dont_write_bytecode = True
import uncached_mod

print(uncached_mod.VALUE, os.path.exists(uncached_mod.__cached__))
print(any(n.startswith('uncached_mod.') for n in os.listdir(pyc_dir)), any(n.startswith('cached_mod.') for n in os.listdir(pyc_dir)))
print('__cached__' in dir(cached_mod), hasattr(sys, 'dont_write_bytecode'))

names = ['red', 'green', 'blue']
for n in names:
    mod = __import__('plugins.' + n, fromlist=['run'])
    print(mod.__name__, mod.run())
top = __import__('plugins.red')
print(top.__name__, top.red.run())
import importlib
m = importlib.import_module('plugins.green')
print(m.run(), importlib.import_module('.blue', 'plugins').run())
try:
    __import__('plugins.purple')
except ModuleNotFoundError as e:
    print(e)
import plugins.red as r
r.extra = 'added'
importlib.reload(r)
print(r.run(), getattr(r, 'extra', None), importlib.reload(r) is r)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError', e)

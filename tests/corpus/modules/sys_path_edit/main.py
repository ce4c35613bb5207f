import os, sys
try:
    import single
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'vendor'))
import single, extra
print(single.hello(), extra.VALUE, os.path.basename(os.path.dirname(single.__file__)))
sys.path.pop(0)
import single as again
print(again is single)

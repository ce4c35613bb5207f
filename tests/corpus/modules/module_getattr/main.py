import lazy
print(lazy.old_name(), lazy.new_name(), dir(lazy))
from lazy import old_name
print(old_name is lazy.new_name)
try:
    lazy.nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    from lazy import nothing
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
print(getattr(lazy, 'nope', 'default'), hasattr(lazy, 'old_name'))

print('b start')
import a
print('b sees a.X?', hasattr(a, 'X'))
try:
    from a import X
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
Y = 2
print('b end')

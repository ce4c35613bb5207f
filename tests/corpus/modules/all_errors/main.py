try:
    from broken import *
except AttributeError as e:
    print('AttributeError', e)
print('good' in globals())
try:
    from badtype import *
except TypeError as e:
    print('TypeError', e)
import broken
print(broken.__all__)

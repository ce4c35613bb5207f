print('main start')
import outer.inner.leaf
print('after import', outer.inner.leaf.LEAF)
import outer.inner.leaf
print('second import silent')
from outer.inner import leaf as L
print(L.LEAF, sorted(k for k in vars(outer) if not k.startswith('__')))

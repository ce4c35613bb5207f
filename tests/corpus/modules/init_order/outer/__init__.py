print('outer init start')
from . import first
print('outer init end', first.TAG)

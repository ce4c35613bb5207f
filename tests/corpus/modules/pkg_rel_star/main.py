import tools
print(sorted(k for k in vars(tools) if not k.startswith('__')))
from tools import *
print(add(2, 3), mul(2, 3), shout('hi'), 'hidden' in dir(), '_quiet' in dir())

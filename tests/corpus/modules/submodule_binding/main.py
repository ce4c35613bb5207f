import pkg
print(pkg.tools)
from pkg import tools
print(tools)
import pkg.tools
print(pkg.tools, pkg.tools.NAME)
try:
    import pkg.helper
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

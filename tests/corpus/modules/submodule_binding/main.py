import os
import pkg

HERE = os.path.dirname(os.path.abspath(__file__))


def show(*objs):
    # module reprs name the file; print them relative to this folder so the expected output is portable
    print(*(repr(o).replace(HERE, '.') if type(o).__name__ == 'module' else o for o in objs))


show(pkg.tools)
from pkg import tools
show(tools)
import pkg.tools
show(pkg.tools, pkg.tools.NAME)
try:
    import pkg.helper
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

print('leaf module')
from .. import first
from . import __name__ as pkgname
LEAF = first.TAG + '/' + pkgname

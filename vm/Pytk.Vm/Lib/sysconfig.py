"""sysconfig (pytk's own implementation): installation paths and build configuration of pytk.
pytk is not built from a C Makefile, so most CPython build variables (CFLAGS, CONFIG_ARGS, ...) are None, as
for a CPython whose Makefile lacks them; get_config_var returns None for names it does not know."""

import os
import sys

_PY_VERSION = '%d.%d.%d' % sys.version_info[:3]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]


def get_python_version():
    return _PY_VERSION_SHORT


def get_platform():
    return 'linux-x86_64'


def is_python_build(check_home=None):
    return False


def _prefix():
    return os.path.normpath(sys.prefix)


def get_scheme_names():
    return ('posix_prefix', 'posix_home', 'posix_user', 'posix_venv', 'venv')


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    return 'posix_user' if key == 'user' else 'posix_prefix'


def get_path_names():
    return ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude', 'scripts', 'data')


def get_paths(scheme=None, vars=None, expand=True):
    base = _prefix()
    lib = os.path.join(base, 'lib', 'python' + _PY_VERSION_SHORT)
    return {
        'stdlib': lib, 'platstdlib': lib,
        'purelib': os.path.join(lib, 'site-packages'), 'platlib': os.path.join(lib, 'site-packages'),
        'include': os.path.join(base, 'include', 'python' + _PY_VERSION_SHORT),
        'platinclude': os.path.join(base, 'include', 'python' + _PY_VERSION_SHORT),
        'scripts': os.path.join(base, 'bin'), 'data': base,
    }


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


_CONFIG = None


def get_config_vars(*args):
    global _CONFIG
    if _CONFIG is None:
        _CONFIG = {
            'prefix': _prefix(), 'exec_prefix': _prefix(), 'base': _prefix(), 'platbase': _prefix(),
            'installed_base': _prefix(), 'installed_platbase': _prefix(),
            'py_version': _PY_VERSION, 'py_version_short': _PY_VERSION_SHORT,
            'py_version_nodot': _PY_VERSION_SHORT.replace('.', ''), 'VERSION': _PY_VERSION_SHORT,
            'abiflags': '', 'EXE': '', 'EXT_SUFFIX': '.pytk-313.so', 'SOABI': 'pytk-313',
            'MULTIARCH': 'x86_64-linux-gnu', 'SIZEOF_VOID_P': 8, 'SIZEOF_LONG': 8, 'SIZEOF_INT': 4,
            'Py_GIL_DISABLED': 0, 'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'WITH_DOC_STRINGS': 1,
            'TEST_MODULES': 'no', 'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu', 'MACHDEP': 'linux',
            'LIBDIR': os.path.join(_prefix(), 'lib'), 'BINDIR': os.path.join(_prefix(), 'bin'),
            'userbase': os.path.expanduser('~/.local'),
        }
    if args:
        return [_CONFIG.get(name) for name in args]
    return dict(_CONFIG)


def get_config_var(name):
    return get_config_vars().get(name)


def get_config_h_filename():
    return os.path.join(get_paths()['include'], 'pyconfig.h')


def get_makefile_filename():
    return os.path.join(get_paths()['stdlib'], 'config', 'Makefile')

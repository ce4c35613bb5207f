"""importlib for pytk, written for pytk: import_module, reload and invalidate_caches over __import__.

Shipped as Python: each is a thin layer over the VM's import system (sys.modules and __import__).
"""

import sys as _sys

# a package, as CPython's: importlib.util is shipped as Lib/importlib.util.py
__path__ = ['<pytk>/Lib/importlib']

__all__ = ['__import__', 'import_module', 'reload', 'invalidate_caches']

import builtins as _builtins


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """The import statement's function: pytk's import system, the same one builtins.__import__ runs."""
    return _builtins.__import__(name, globals, locals, fromlist, level)


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for " + repr(name))
        for ch in name:
            if ch != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return _sys.modules[name]


def reload(module):
    name = getattr(module, '__name__', None)
    if name is None or _sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    path = getattr(module, '__file__', None)
    if path is None or path.startswith('<pytk>'):
        return module
    import _imp
    return _imp.exec_module(module, path)


def invalidate_caches():
    pass

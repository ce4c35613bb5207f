"""importlib.util (pytk's own implementation): finding specs, making modules from specs, the cache paths.

Specs come from pytk's own finders (_imp.find_spec); a spec made by spec_from_file_location carries a loader
that runs the file's source in the module's namespace."""

import sys as _sys
import _imp

from importlib._bootstrap_external import MAGIC_NUMBER, cache_from_source, source_from_cache, decode_source


def resolve_name(name, package):
    """An absolute module name from a relative one ('.x' in package 'a.b' is 'a.b.x')."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def find_spec(name, package=None):
    """The spec of the module NAME (already imported: its __spec__), or None when it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in _sys.modules:
        module = _sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            raise ValueError(f'{fullname}.__spec__ is None')
        return spec
    parent, _, _ = fullname.rpartition('.')
    path = None
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        try:
            path = pkg.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                                      name=fullname) from e
    return _imp.find_spec(fullname, path)


class _SourceLoader:
    """Runs a source file in a module's namespace (the loader of spec_from_file_location's specs)."""

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _imp.exec_module(module, self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()


class _Spec:
    def __init__(self, name, loader, origin=None, is_package=False):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        return f'ModuleSpec({", ".join(parts)})'


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    from importlib.machinery import ModuleSpec
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    import os
    from importlib.machinery import ModuleSpec, SourceFileLoader
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location, is_package=submodule_search_locations is not None)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module for SPEC with its import attributes set (the loader's create_module may supply it)."""
    module = None
    loader = getattr(spec, 'loader', None)
    if loader is not None and hasattr(loader, 'create_module'):
        module = loader.create_module(spec)
    if module is None:
        import types
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = loader
    module.__package__ = spec.parent
    if getattr(spec, 'submodule_search_locations', None) is not None:
        module.__path__ = spec.submodule_search_locations
    if getattr(spec, 'has_location', False) and spec.origin is not None:
        module.__file__ = spec.origin
    return module

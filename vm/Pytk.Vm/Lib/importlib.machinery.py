"""importlib.machinery for pytk (written for pytk): the import system's parts as objects: ModuleSpec, the file
suffixes, SourceFileLoader and PathFinder over the VM's own finder (_imp.find_spec), BuiltinImporter."""
import sys
import _imp

__all__ = ["ModuleSpec", "SourceFileLoader", "SourcelessFileLoader", "ExtensionFileLoader", "AppleFrameworkLoader",
           "PathFinder", "BuiltinImporter", "FrozenImporter", "SOURCE_SUFFIXES",
           "BYTECODE_SUFFIXES", "DEBUG_BYTECODE_SUFFIXES", "OPTIMIZED_BYTECODE_SUFFIXES", "EXTENSION_SUFFIXES",
           "all_suffixes"]

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every suffix the import system recognizes for modules."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows of a module before loading it: name, loader, origin, package locations."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._cached = None
        self._set_fileattr = False

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(parts)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith(tuple(SOURCE_SUFFIXES)):
                import importlib.util
                try:
                    self._cached = importlib.util.cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The package the module is in ('' for a top-level module); a package is its own parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a .py file (through the VM's compiler and its __pycache__)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _imp.exec_module(module, self.path)

    def load_module(self, fullname=None):
        import importlib.util
        spec = importlib.util.spec_from_file_location(fullname or self.name, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        self.exec_module(module)
        return sys.modules[spec.name]

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        import importlib.util
        return importlib.util.decode_source(self.get_data(self.path))

    def is_package(self, fullname=None):
        import os
        return os.path.splitext(os.path.basename(self.path))[0] == '__init__'

    def get_code(self, fullname=None):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


SourcelessFileLoader = SourceFileLoader


class PathFinder:
    """Finds modules on sys.path (or a package's __path__): the VM's own search, as a meta path finder."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        try:
            return _imp.find_spec(fullname, path)
        except ImportError:
            return None

    @staticmethod
    def invalidate_caches():
        pass


class BuiltinImporter:
    """The modules built into the VM (sys, builtins, and those written in C#)."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass


class FrozenImporter:
    """pytk has no frozen modules."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class ExtensionFileLoader:
    """The loader of C extension modules (shared libraries). pytk runs no native extensions and lists no
    EXTENSION_SUFFIXES, so no finder hands one out; loading one raises ImportError."""

    def __init__(self, name, path):
        self.name = name
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        raise ImportError(f'pytk cannot load the extension module {spec.name!r} ({self.path!r})',
                          name=spec.name, path=self.path)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        import os
        return os.path.basename(self.path).partition('.')[0] == '__init__'

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None

    def get_filename(self, fullname=None):
        return self.path


class AppleFrameworkLoader(ExtensionFileLoader):
    """The loader of extension modules moved into Apple frameworks (iOS); an ExtensionFileLoader."""

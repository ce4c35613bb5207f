"""importlib.abc for pytk (written for pytk): the abstract classes of finders and loaders, with CPython's
default methods."""
import abc

__all__ = ["Loader", "MetaPathFinder", "PathEntryFinder", "ResourceLoader", "InspectLoader", "ExecutionLoader",
           "FileLoader", "SourceLoader"]


class Loader(metaclass=abc.ABCMeta):
    """A module loader: create_module (None: the default module) and exec_module."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        import importlib.util
        import sys
        spec = importlib.util.spec_from_loader(fullname, self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[fullname] = module
        self.exec_module(module)
        return sys.modules[fullname]


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder on sys.meta_path: find_spec(fullname, path, target=None)."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry: find_spec(fullname, target=None)."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(ResourceLoader, ExecutionLoader):
    """A loader of one file: name and path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        import importlib.util
        return importlib.util.decode_source(self.get_data(self.get_filename(fullname)))


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader over get_data and get_filename."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        import importlib.util
        return importlib.util.decode_source(self.get_data(self.get_filename(fullname)))

# importlib as a package: importlib.util, importlib.machinery and importlib.abc basics (specs, loaders, suffixes,
# finders, loading a module from a file path, an abc-derived loader).
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

print(importlib.machinery.SOURCE_SUFFIXES, '.py' in importlib.machinery.all_suffixes())
print(importlib.util.source_from_cache(os.path.join('d', '__pycache__', 'm.' + sys.implementation.cache_tag + '.pyc')))

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'plugin_mod.py')
with open(path, 'w') as f:
    f.write('VALUE = 41\ndef bump():\n    return VALUE + 1\n')
spec = importlib.util.spec_from_file_location('plugin_mod', path)
print(type(spec).__name__, spec.name, spec.parent == '', spec.origin == path, spec.has_location)
print(isinstance(spec.loader, importlib.machinery.SourceFileLoader), spec.loader.get_filename() == path)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.bump(), mod.__name__, mod.__file__ == path, mod.__spec__ is spec, mod.__loader__ is spec.loader)
print(spec.loader.get_source('plugin_mod').splitlines()[0], spec.loader.is_package('plugin_mod'))

sys.path.insert(0, folder)
try:
    found = importlib.machinery.PathFinder.find_spec('plugin_mod')
    print(found.name, found.origin == path)
    print(importlib.machinery.PathFinder.find_spec('no_such_module_here'))
    print(importlib.util.find_spec('plugin_mod').name, importlib.util.find_spec('no_such_module_here'))
    m2 = importlib.import_module('plugin_mod')
    print(m2.VALUE)
finally:
    sys.path.remove(folder)
print(importlib.machinery.BuiltinImporter.find_spec('sys').origin, importlib.machinery.BuiltinImporter.find_spec('nope'))

class StringLoader(importlib.abc.InspectLoader):
    def __init__(self, sources):
        self.sources = sources
    def get_source(self, fullname):
        return self.sources[fullname]
    def is_package(self, fullname):
        return False

loader = StringLoader({'made_up': 'X = 6 * 7\n'})
spec2 = importlib.util.spec_from_loader('made_up', loader)
print(spec2, spec2.submodule_search_locations)
made = importlib.util.module_from_spec(spec2)
loader.exec_module(made)
print(made.X, isinstance(loader, importlib.abc.Loader))
try:
    importlib.abc.InspectLoader()
except TypeError as e:
    print('TypeError', 'abstract' in str(e))
ms = importlib.machinery.ModuleSpec('pkg.sub', None, origin='somewhere', is_package=True)
print(ms, ms.parent, ms.submodule_search_locations)
import shutil
shutil.rmtree(folder)
print(os.path.exists(folder))

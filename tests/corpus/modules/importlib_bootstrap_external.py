# importlib._bootstrap_external: compiled-file paths and back, _get_sourcefile, decode_source; importlib.__import__
import importlib
import importlib._bootstrap_external as be
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

tag = sys.implementation.cache_tag


def show(path):
    return path.replace(tag, 'TAG')


print(importlib.util.cache_from_source is be.cache_from_source, importlib.util.MAGIC_NUMBER == be.MAGIC_NUMBER)
print(show(be.cache_from_source('/a/b/mod.py')), show(be.cache_from_source('/a/b/mod.py', optimization=2)))
print(show(be.cache_from_source('rel/pkg/__init__.py', optimization='')), show(be.cache_from_source('noext')))
print(be.source_from_cache('/a/b/__pycache__/mod.%s.pyc' % tag), be.source_from_cache('x/__pycache__/m.t.opt-1.pyc'))
for bad in ['/a/b/mod.%s.pyc' % tag, '/a/__pycache__/mod.pyc', '/a/__pycache__/m.a.b.c.pyc',
            '/a/__pycache__/m.t.o-1.pyc', '/a/__pycache__/m.t.opt-$.pyc']:
    try:
        be.source_from_cache(bad)
    except ValueError as e:
        print('ValueError', str(e).replace(tag, 'TAG'))
try:
    be.cache_from_source('/a/m.py', optimization='a b')
except ValueError as e:
    print('ValueError', e)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'mod.py')
    with open(src, 'w') as f:
        f.write('x = 1\n')
    pyc = be.cache_from_source(src)
    print(be._get_sourcefile(pyc) == src, be._get_sourcefile(src) == src)
    print(be._get_sourcefile(os.path.join(d, 'mod.pyc')) == src, be._get_sourcefile(os.path.join(d, 'other.pyc')) == os.path.join(d, 'other.pyc'))
    print(be._get_sourcefile(''), be._get_sourcefile('file.txt'), be._get_sourcefile('noext'))
    print(be._path_isfile(src), be._path_isdir(d), be._path_isfile(d), be._path_join('a', 'b/', 'c'), be._path_split('/x/y/z.py'))

print(repr(be.decode_source(b'a = 1\r\nb = 2\rc = 3\n')))
print(repr(be.decode_source('# -*- coding: latin-1 -*-\ns = "\xe9"\n'.encode('latin-1'))))
print(repr(importlib.util.decode_source('\ufeffx = 1\n'.encode('utf-8-sig'))))

m = importlib.__import__('os.path', fromlist=['join'])
print(m is os.path, importlib.__import__('collections') is sys.modules['collections'])
loader = importlib.machinery.ExtensionFileLoader('ext', '/nowhere/ext.so')
print(loader.get_filename('ext'), loader.is_package('ext'), issubclass(importlib.machinery.AppleFrameworkLoader,
                                                                        importlib.machinery.ExtensionFileLoader))

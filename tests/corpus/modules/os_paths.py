import os
import os.path
from os.path import join, splitext, basename, dirname

print(os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.path is os.path, os.path.__name__)
print(join('a', 'b', 'c.txt'), join('/x', '/abs', 'y'), join('a/', 'b'), join('', 'b'), join('a', ''))
for p in ['dir/file.tar.gz', '.bashrc', 'a/.b', 'noext', 'a.b/c', '/', '//x', 'a/b/', '..', 'x.']:
    print(repr(p), os.path.split(p), splitext(p), basename(p), dirname(p))
for p in ['a/./b/../c', '/../x', '//a//b', '///a', '', 'a/../..', './', 'a/b/../../..']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.commonprefix(['interspecies', 'interstellar', 'interstate']))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'))
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, 'os_data')
print(os.path.exists(data), os.path.isdir(data), os.path.isfile(data), os.path.exists(data + '/nope'))
print(sorted(os.listdir(data)), os.path.getsize(os.path.join(data, 'b.md')))
for root, dirs, files in sorted(os.walk(data)):
    print(os.path.relpath(root, here), sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir(data) if e.is_file()))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.relpath(os.path.join(os.getcwd(), 'q/r')))
try:
    os.listdir(os.path.join(data, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, os.path.basename(e.filename))
os.environ['PYTK_TEST_VAR'] = 'v1'
print(os.environ['PYTK_TEST_VAR'], os.getenv('PYTK_TEST_VAR'), os.getenv('PYTK_NOPE_VAR', 'dflt'), 'PYTK_NOPE_VAR' in os.environ)
del os.environ['PYTK_TEST_VAR']
print(os.getenv('PYTK_TEST_VAR'), os.fspath('p'), os.path.expanduser('~') == os.environ.get('HOME'))
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)

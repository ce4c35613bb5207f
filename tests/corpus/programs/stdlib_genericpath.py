# genericpath and the os.path functions posixpath takes from it.
import genericpath
import os
import posixpath
import tempfile

print(sorted(genericpath.__all__))
for name in ('exists', 'isfile', 'isdir', 'islink', 'getsize', 'commonprefix', 'samefile', 'samestat'):
    print(name, getattr(posixpath, name) is getattr(genericpath, name))

print(repr(genericpath.commonprefix([])))
print(genericpath.commonprefix(['/usr/lib', '/usr/local', '/usr/libx']))
print(genericpath.commonprefix([['a', 'b', 'c'], ['a', 'b', 'd']]))
print(genericpath.commonprefix([b'abc', b'abd']))

with tempfile.TemporaryDirectory() as folder:
    name = os.path.join(folder, 'data.txt')
    print(genericpath.exists(name), genericpath.lexists(name), genericpath.isfile(name))
    with open(name, 'w') as f:
        f.write('hello world')
    print(genericpath.exists(name), genericpath.isfile(name), genericpath.isdir(name))
    print(genericpath.isdir(folder), genericpath.isfile(folder), genericpath.islink(name))
    print(genericpath.getsize(name), genericpath.getmtime(name) > 0)
    print(genericpath.samefile(name, os.path.join(folder, '.', 'data.txt')))
    other = os.path.join(folder, 'other.txt')
    open(other, 'w').close()
    print(genericpath.samefile(name, other), genericpath.getsize(other))
    print(genericpath.exists(name + '\x00'), genericpath.isjunction(name), genericpath.isdevdrive(name))
    try:
        genericpath.getsize(os.path.join(folder, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

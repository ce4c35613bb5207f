import os

base = os.path.join('/tmp', f'pytk_os_files_{os.getpid()}')
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
path = os.path.join(base, 'a', 'notes.txt')
with open(path, 'w') as f:
    f.write('one\ntwo\n')
print(os.path.isfile(path), os.path.getsize(path), sorted(os.listdir(os.path.join(base, 'a'))))
os.rename(path, path + '.bak')
print(os.path.exists(path), os.path.exists(path + '.bak'))
try:
    os.rmdir(os.path.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, 'nothing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    os.mkdir(os.path.join(base, 'x', 'y'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
os.remove(path + '.bak')
os.rmdir(os.path.join(base, 'a', 'b'))
os.removedirs(os.path.join(base, 'a'))
print(os.path.exists(base))
cwd = os.getcwd()
os.makedirs(base)
os.chdir(base)
print(os.path.basename(os.getcwd()) == os.path.basename(base), os.listdir())
os.chdir(cwd)
os.rmdir(base)
print(os.path.exists(base))

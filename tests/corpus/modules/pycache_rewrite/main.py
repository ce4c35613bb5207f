# A module rewritten while the program runs is recompiled on the next import (its cache is stale); a cache
# file that is garbage or cut short is ignored and replaced, never run.
import os
import sys

sys.dont_write_bytecode = False
here = os.path.dirname(os.path.abspath(__file__))
work = os.path.join(here, '_generated')
os.makedirs(work, exist_ok=True)
sys.path.insert(0, work)
path = os.path.join(work, 'gen_mod.py')


def write(text):
    with open(path, 'w') as f:
        f.write(text)


def reimport():
    sys.modules.pop('gen_mod', None)
    import gen_mod
    return gen_mod


write('VALUE = 1\n')
m = reimport()
print('first', m.VALUE, os.path.exists(m.__cached__))
cached = m.__cached__
with open(cached, 'rb') as f:
    good = f.read()

write('VALUE = 22\nEXTRA = "longer source"\n')
m = reimport()
print('rewritten', m.VALUE, m.EXTRA)

for label, data in [('garbage', b'this is not bytecode at all'), ('empty', b''), ('cut short', good[:10])]:
    with open(cached, 'wb') as f:
        f.write(data)
    m = reimport()
    with open(cached, 'rb') as f:
        replaced = f.read()
    print(label, m.VALUE, m.EXTRA, replaced != data and len(replaced) > 16)

os.remove(path)
for name in os.listdir(os.path.join(work, '__pycache__')):
    os.remove(os.path.join(work, '__pycache__', name))
os.rmdir(os.path.join(work, '__pycache__'))
os.rmdir(work)
print('cleaned', os.path.exists(work))

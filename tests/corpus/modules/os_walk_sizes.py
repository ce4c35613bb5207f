import os

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, 'os_data')
total = 0
by_ext = {}
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    for name in sorted(filenames):
        full = os.path.join(dirpath, name)
        size = os.path.getsize(full)
        total += size
        ext = os.path.splitext(name)[1] or '(none)'
        by_ext[ext] = by_ext.get(ext, 0) + size
        print(os.path.relpath(full, root), size)
print(total, sorted(by_ext.items()))
print([os.path.basename(d) for d, _, _ in os.walk(root, topdown=False)])

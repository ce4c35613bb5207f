x in {3, 1, 2}
x not in []
for i in [1, (2, 3), 4.5]: pass
x in (1, 'a', None, b'b', 1j, ...)
y = (1, 2) + (3,), ('one',), ()
z = -5 + 2 ** 10 - ~7
s = 'ab' * 3
x in {1j, frozenset}

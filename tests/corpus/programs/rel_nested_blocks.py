# Issue 15: CPython's static block limit (CO_MAXBLOCKS) for loops, with items, try and generators.
def attempt(src):
    try:
        compile(src, 's', 'exec')
        return 'ok'
    except (SyntaxError, MemoryError, RecursionError) as e:
        return '%s: %s %s' % (type(e).__name__, e, tuple(getattr(e, k, None) for k in ('lineno', 'offset', 'end_lineno', 'end_offset')))
for n in (21, 22):
    print('with items', n, attempt('with ' + ', '.join('a' for _ in range(n)) + ':\n    pass\n'))
    print('for', n, attempt(''.join('    ' * i + 'for x%d in [1]:\n' % i for i in range(n)) + '    ' * n + 'pass\n'))
    print('while', n, attempt(''.join('    ' * i + 'while x:\n' for i in range(n)) + '    ' * n + 'pass\n'))
    print('try/finally', n, attempt(''.join('    ' * i + 'try:\n' for i in range(n)) + '    ' * n + 'pass\n' + ''.join('    ' * i + 'finally: pass\n' for i in reversed(range(n)))))
    print('nested with', n, attempt(''.join('    ' * i + 'with a:\n' for i in range(n)) + '    ' * n + 'pass\n'))
    print('async with', n - 1, attempt('async def f():\n' + ''.join('    ' * (i + 1) + 'async with a:\n' for i in range(n - 1)) + '    ' * n + 'pass\n'))
    print('generator for', n - 1, attempt('def f():\n' + ''.join('    ' * (i + 1) + 'for x in a:\n' for i in range(n - 1)) + '    ' * n + 'yield\n'))
print('100 with items', attempt('with ' + ', '.join('a' for _ in range(100)) + ':\n    pass\n').split(' (')[0])

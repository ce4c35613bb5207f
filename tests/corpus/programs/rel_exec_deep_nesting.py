# Issue 15: too-deep source given to exec/compile/eval raises CPython's catchable error, never aborts.
cases = [
    ('unary minus', 'x = ' + '-' * 100000 + '1'),
    ('long sum', 'x = ' + '+'.join(['a'] * 100000)),
    ('200 parens', 'x = ' + '(' * 200 + '1' + ')' * 200),
    ('201 parens', 'x = ' + '(' * 201 + '1' + ')' * 201),
    ('deep brackets', 'x = ' + '[' * 100000 + ']' * 100000),
    ('10000 elifs', '\n'.join(['if a == 0: pass'] + ['elif a == %d: pass' % i for i in range(1, 10000)])),
]
for name, src in cases:
    for how in ('exec', 'compile', 'eval'):
        try:
            if how == 'exec':
                exec(src, {'a': 1})
            elif how == 'compile':
                compile(src, '<deep>', 'exec')
            elif src.startswith('x = '):
                eval(src[4:], {'a': 1})
            else:
                continue
            print(name, how, 'ok')
        except BaseException as e:
            print(name, how, type(e).__name__, str(e)[:90])

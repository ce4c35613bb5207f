# Issue 15: too-deep source given to exec/compile/eval raises CPython's catchable error, never aborts.
def attempt(how, src):
    try:
        if how == 'exec':
            exec(src, {'a': 1})
        elif how == 'compile':
            compile(src, '<deep>', 'exec')
        else:
            eval(src, {'a': 1})
        return 'ok'
    except BaseException as e:
        return '%s %s' % (type(e).__name__, str(e)[:90])

# The inputs, caught around exec.
print('exec unary 100000:', attempt('exec', 'x = ' + '-' * 100000 + '1'))
print('exec sum 100000:', attempt('exec', 'x = ' + '+'.join(['a'] * 100000)))
# Smaller ones past the same limits, through each entry point.
for how in ('compile', 'eval'):
    print(how, 'unary 7000:', attempt(how, '-' * 7000 + '1'))
    print(how, 'sum 20000:', attempt(how, '+'.join(['a'] * 20000)))
    print(how, '200 parens:', attempt(how, '(' * 200 + '1' + ')' * 200))
    print(how, '201 parens:', attempt(how, '(' * 201 + '1' + ')' * 201))
    print(how, 'brackets 100000:', attempt(how, '[' * 100000 + ']' * 100000))

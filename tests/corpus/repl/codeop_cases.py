# codeop.compile_command: complete (a code object), incomplete (None) or an error, for what a user types.
import codeop

cases = ['x = 1', 'x = (1,', 'x = (1,\n 2)', 'if x:', 'if x:\n    pass', 'if x:\n    pass\n', 'if x: pass',
         'def f():\n    return 1', 'def f():\n    return 1\n', '@dec', "s = '''a", "s = '''a\nb'''", 'x = \\',
         '', '# comment', 'a b', 'for i in x:\n  print(i)\n', 'x +', 'class C:\n  pass\n', 'match = 1',
         'print(1', ')', 'x = [i for i in\n  y]']
for c in cases:
    try:
        r = codeop.compile_command(c)
        print(repr(c), 'incomplete' if r is None else 'complete')
    except SyntaxError as e:
        print(repr(c), 'SyntaxError', e.msg)
try:
    codeop.compile_command('1 +', symbol='eval')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(type(codeop.compile_command('1 + 1', symbol='eval')).__name__)
cc = codeop.CommandCompiler()
print(type(cc('x = 1')).__name__, cc('if x:'))

# argparse: error messages and exit statuses, caught as SystemExit with stderr captured.
import argparse
import io
import sys


def attempt(parser, words):
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        result = parser.parse_args(words)
    except SystemExit as e:
        sys.stderr = saved
        print('exit', e.code)
        print(buf.getvalue(), end='')
        return
    sys.stderr = saved
    print('ok', result)


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('-n', type=int)
p.add_argument('--mode', choices=['fast', 'slow'])
p.add_argument('--pair', nargs=2)
p.add_argument('--opt', nargs='?')
p.add_argument('--req', required=True)
p.add_argument('--foo')
p.add_argument('--foobar')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
for words in ([], ['x'], ['x', '--req', 'r', '-n', 'ten'], ['x', '--req', 'r', '--mode', 'medium'],
              ['x', '--req', 'r', '--pair', 'one'], ['x', '--req', 'r', '--fo', '1'],
              ['x', '--req', 'r', '-a', '-b'], ['x', 'y', '--req', 'r'], ['x', '--req'],
              ['x', '--req', 'r', '-ab'], ['x', '--req', 'r', '-a=1']):
    attempt(p, words)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not positive')
    return value


t = argparse.ArgumentParser(prog='typed')
t.add_argument('count', type=positive)
attempt(t, ['-1'])
attempt(t, ['0'])
attempt(t, ['5'])

q = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
q.add_argument('--n', type=int)
for words in (['--n', 'x'], ['--zzz']):
    try:
        q.parse_args(words)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)

s = argparse.ArgumentParser(prog='top')
sp = s.add_subparsers(dest='cmd', required=True)
run = sp.add_parser('run')
run.add_argument('target', type=int)
attempt(s, [])
attempt(s, ['walk'])
attempt(s, ['run', 'x'])

v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s 1.2')
saved = sys.stdout
sys.stdout = out = io.StringIO()
try:
    v.parse_args(['--version'])
except SystemExit as e:
    sys.stdout = saved
    print('version exit', e.code, repr(out.getvalue()))

for bad in (lambda: p.add_argument('--foo'), lambda: p.add_argument('x', required=True),
            lambda: p.add_argument('--z', nargs=0), lambda: p.add_argument('--w', action='nope'),
            lambda: p.add_argument('bad', dest='d'), lambda: g.add_argument('pos')):
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-x', '--xx', help='first')
r.add_argument('--xx', help='second')
print([a.option_strings for a in r._actions])

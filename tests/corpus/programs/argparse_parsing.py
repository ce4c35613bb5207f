# argparse: how words become a Namespace (nargs, actions, types, defaults, subcommands, groups).
import argparse


def show(parser, words):
    ns, extra = parser.parse_known_args(words)
    print(' '.join(words) or '(none)', '->', ns, extra)


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-n', type=int, default=1)
p.add_argument('--tag', action='append')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--flag', action=argparse.BooleanOptionalAction)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--ext', action='extend', nargs='+', type=float)
p.add_argument('-q', action='store_false', dest='loud')
for words in (['a'], ['a', 'b', '-vv', '-n3'], ['-n', '7', 'x', '--tag', 't1', '--tag=t2'],
              ['x', '--pair', 'k', 'v', '--no-flag', '--ext', '1', '2', '--ext', '3'],
              ['x', '-vq', '--const', '--mo', 'slow', '--unknown', 'z'], ['--', '-x', '-y']):
    show(p, words)

rest = argparse.ArgumentParser(prog='run')
rest.add_argument('cmd')
rest.add_argument('args', nargs=argparse.REMAINDER)
show(rest, ['ls', '-l', '--all', 'dir'])

star = argparse.ArgumentParser(prog='star')
star.add_argument('xs', nargs='*', type=int)
star.add_argument('ys', nargs='+')
show(star, ['1', '2', 'q'])
show(star, ['q'])

sub = argparse.ArgumentParser(prog='git')
sub.add_argument('--git-dir')
cmds = sub.add_subparsers(dest='command', required=True)
c = cmds.add_parser('commit', aliases=['ci'])
c.add_argument('-m', '--message')
c.add_argument('-a', action='store_true')
cl = cmds.add_parser('clone')
cl.add_argument('url')
cl.set_defaults(depth=None)
show(sub, ['commit', '-am', 'msg'])
show(sub, ['--git-dir', '/g', 'ci', '-m', 'x', 'extra'])
show(sub, ['clone', 'http://h/r'])

par = argparse.ArgumentParser(add_help=False)
par.add_argument('--config', default='cfg')
child = argparse.ArgumentParser(prog='child', parents=[par], argument_default=argparse.SUPPRESS)
child.add_argument('--opt')
grp = child.add_mutually_exclusive_group()
grp.add_argument('--on', action='store_true')
grp.add_argument('--off', action='store_true')
show(child, ['--on'])
show(child, ['--opt', 'o', '--config', 'c'])

plus = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
plus.add_argument('+x', action='store_true')
plus.add_argument('-y', type=int)
show(plus, ['+x', '-y', '-3'])

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('n', type=float)
show(neg, ['-2.5'])

inter = argparse.ArgumentParser(prog='inter')
inter.add_argument('--foo')
inter.add_argument('cmd')
inter.add_argument('rest', nargs='*', type=int)
print(inter.parse_intermixed_args('c --foo x 1 2 --foo y 3'.split()))

ns = argparse.Namespace(a=1)
print(ns, 'a' in ns, ns == argparse.Namespace(a=1), vars(ns))
print(p.get_default('mode'), p.get_default('dst'))

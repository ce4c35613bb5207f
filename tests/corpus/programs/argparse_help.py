# argparse: usage and help layout (wrapping, groups, formatter classes, subcommands).
import argparse
import os

os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='frobnicate', description='Frobnicate the widgets in the '
                            'given directories, one after another, as fast as the disk allows.',
                            epilog='See the manual for more.')
p.add_argument('dirs', nargs='+', metavar='DIR', help='directories to frobnicate')
p.add_argument('-o', '--output', default='-', help='where to write (default: %(default)s)')
p.add_argument('-j', '--jobs', type=int, default=4, help='number of parallel jobs')
p.add_argument('--level', choices=range(1, 4), type=int, help='level, one of %(choices)s')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--a-very-long-option-name-indeed', metavar='VALUE', help='a long option whose '
               'help text is long enough that it has to wrap onto a second and third line')
g = p.add_argument_group('output control', 'Options that change what is printed.')
g.add_argument('-q', '--quiet', action='store_true', help='print nothing')
g.add_argument('--format', nargs='*', default=[], help='formats')
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true')
m.add_argument('--slow', action='store_true')
p.print_help()
print('----')
print(p.format_usage(), end='')
print('----')

sub = argparse.ArgumentParser(prog='vcs')
cmds = sub.add_subparsers(title='commands', dest='cmd', metavar='COMMAND')
cmds.add_parser('init', help='make a repository')
cmds.add_parser('commit', aliases=['ci'], help='record changes')
sub.print_help()
print('----')
cmds._name_parser_map['commit'].print_help()
print('----')

for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog=cls.__name__, formatter_class=cls,
                                description='  keep\n    this   layout\n')
    f.add_argument('--num', type=int, default=3, help='a number\n  on two lines')
    f.add_argument('name', type=str, nargs='?', default='n', help='the name')
    f.print_help()
    print('----')

long = argparse.ArgumentParser(prog='a_program_with_a_rather_long_name_that_takes_space')
for i in range(8):
    long.add_argument(f'--option-{i}', metavar=f'VALUE{i}')
long.add_argument('first')
long.add_argument('second', nargs='*')
print(long.format_usage(), end='')
narrow = argparse.HelpFormatter('prog', width=30)
print(repr(narrow._max_help_position))

# getopt and gnu_getopt: short and long options, values, prefixes, operands, and each error message.
import getopt

print(getopt.getopt(['-a', '-b', 'x', '-cy', '--long', '--val=3', 'rest', '-d'], 'ab:c:d', ['long', 'val=']))
print(getopt.getopt(['-abfoo', '--', '-x'], 'ab:'))
print(getopt.getopt(['--verb'], '', ['verbose', 'version=']))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--long', 'z', '--', '-b'], 'ab', ['long']))
print(getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.getopt(['--long=v'], '', 'long='))
for args, short, long in [(['-z'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['long']),
                          (['--long'], '', ['long=']), (['--long=1'], '', ['long']), (['--ver'], '', ['verbose', 'version'])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print('GetoptError:', e, '|', e.opt, '|', e.msg, e.args)
print(getopt.error is getopt.GetoptError)

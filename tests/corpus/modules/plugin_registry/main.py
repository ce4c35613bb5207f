import registry
import handlers
print(sorted(registry.HANDLERS))
for line in ['add 1 2 3.5', 'plus 4', 'fact 10', 'prod 2 3 7', 'upper hello big world', 'wrap the quick brown fox jumps', 'nope 1']:
    cmd, *args = line.split()
    print(cmd, '->', registry.dispatch(cmd, *args))
try:
    registry.handler('add')(print)
except KeyError as e:
    print('KeyError', e)
print(handlers.maths.add.__module__, handlers.text.__name__)

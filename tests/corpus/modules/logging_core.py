# logging's core: levels, the logger hierarchy and propagation, handlers with formatters (% {} $ styles),
# filters, adapters, basicConfig, lastResort and exceptions. Everything goes to sys.stdout so it is compared.
import logging
import re
import sys

logging.getLogger('pre').warning('before config: goes to lastResort on stderr')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(25), logging.WARN)
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s|%(name)s|%(message)s')
logging.debug('hidden')
logging.info('info %s %d', 'args', 3)
logging.log(25, 'custom level')
root = logging.getLogger()
print(root, root.level, root.handlers[0].formatter._fmt, logging.root is root)

app = logging.getLogger('app')
db = logging.getLogger('app.db')
print(db.parent is app, app.parent is root, logging.getLogger('app.db') is db, db.getEffectiveLevel())
db.setLevel(logging.ERROR)
db.warning('filtered by level')
db.error('db error %r', {'k': 1})
app.info('from app')
print(db, app, db.isEnabledFor(logging.WARNING), app.getChild('db') is db)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('{name}:{levelname}:{message}', style='{'))
app.addHandler(h)
app.warning('twice: own handler then root')
app.propagate = False
app.warning('once: no propagation')
h.setFormatter(logging.Formatter('$levelname - $message', style='$'))
app.error('template style')
h.setLevel(logging.CRITICAL)
app.error('below handler level')
app.critical('at handler level')

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0

h.setLevel(logging.NOTSET)
h.addFilter(OnlyEven())
for i in range(4):
    app.info('number %d', i)
h.filters.clear()
h.addFilter(lambda r: 'secret' not in r.getMessage())
app.info('a secret'); app.info('public')
h.filters.clear()

class RelativePaths(logging.Formatter):
    # Tracebacks name this file without its directory, so the expected output does not depend on the checkout.
    def formatException(self, ei):
        return re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', super().formatException(ei))

h.setFormatter(RelativePaths('%(levelname)s %(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    app.exception('failed')
app.error('with info', exc_info=ValueError('v'))

adapter = logging.LoggerAdapter(app, {'user': 'ann'})
h.setFormatter(logging.Formatter('%(user)s: %(message)s'))
adapter.warning('adapted %s', 'call')
app.warning('extra', extra={'user': 'bob'})
try:
    app.warning('bad', extra={'message': 'x'})
except KeyError as e:
    print('KeyError:', e)

f = logging.Formatter('%(name)s %(funcName)s %(lineno)d %(filename)s %(module)s')
rec = logging.makeLogRecord({'name': 'made', 'msg': 'hello %s', 'args': ('you',)})
print(rec.getMessage(), rec.levelname if hasattr(rec, 'levelname') else None)
h.setFormatter(f)

def where():
    app.warning('w')

where()
logging.disable(logging.CRITICAL)
app.critical('disabled')
logging.disable(logging.NOTSET)
app.critical('enabled again')
try:
    logging.getLogger().setLevel('LOUD')
except ValueError as e:
    print('ValueError:', e)
try:
    logging.Formatter('%(message)', validate=True)
except ValueError as e:
    print('ValueError:', e)
logging.basicConfig(stream=sys.stdout, format='ignored %(message)s')
logging.warning('still first config')
logging.basicConfig(stream=sys.stdout, format='forced %(message)s', force=True)
logging.warning('new config')
print(logging.getLogger('x.y.z').parent is root, logging.getLogger('x.y').parent is root,
      logging.getLogger('x.y.z').parent is logging.getLogger('x.y'))

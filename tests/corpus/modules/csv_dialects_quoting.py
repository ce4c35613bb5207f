# csv dialects as CPython's _csv checks them (messages, read-only attributes, no pickling), the writer's
# quoting and escaping rules, QUOTE_NOTNULL/QUOTE_STRINGS when reading, and unquoted line breaks.
import copy
import csv
import io
import pickle


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for kw in [{}, dict(delimiter=None), dict(delimiter='ab'), dict(delimiter=b','), dict(quotechar=None),
           dict(quoting=None), dict(quoting=1.0), dict(quoting=9), dict(quoting=True), dict(lineterminator=None),
           dict(lineterminator=4), dict(escapechar=''), dict(delimiter='\n'), dict(quotechar='\r'),
           dict(escapechar='\n'), dict(delimiter='"'), dict(escapechar=','), dict(escapechar='"'),
           dict(escapechar=' ', skipinitialspace=True), dict(quotechar=' ', skipinitialspace=True),
           dict(delimiter=' ', skipinitialspace=True), dict(doublequote=None), dict(foo=1),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(delimiter='\x85', lineterminator='\x85')]:
    r = attempt(csv.reader, [], **kw)
    if isinstance(r, str):
        print(kw, r)
    else:
        d = r.dialect
        print(kw, d.delimiter, repr(d.quotechar), d.quoting, repr(d.escapechar), repr(d.lineterminator),
              d.doublequote, d.skipinitialspace, d.strict)

d = csv.get_dialect('excel')
print(type(d).__name__, attempt(copy.copy, d), attempt(pickle.dumps, d))
print(attempt(setattr, d, 'delimiter', ';'), attempt(delattr, d, 'quoting'))


class Incomplete(csv.Dialect):
    delimiter = '\t'


class Semi(csv.excel):
    delimiter = ';'


print(attempt(Incomplete), attempt(csv.Dialect), Semi().delimiter)
Semi.delimiter = 4
print(attempt(Semi))
Semi.delimiter = ':::'
print(attempt(Semi))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(type(csv.get_dialect('pipes')).__name__, csv.get_dialect('pipes').delimiter, attempt(csv.get_dialect, 'nope'))
print(attempt(csv.field_size_limit, 1.0), attempt(csv.field_size_limit, 1, 2))


def written(row, **kw):
    out = io.StringIO()
    r = attempt(csv.writer(out, **kw).writerow, row)
    return r if isinstance(r, str) else out.getvalue()


for row, kw in [
        ([''], {}), ([None], {}), ([''], dict(quoting=csv.QUOTE_NONE)), ([None], dict(quoting=csv.QUOTE_NOTNULL)),
        ([''], dict(quoting=csv.QUOTE_STRINGS)), (['', ''], dict(delimiter=' ', skipinitialspace=True)),
        ([None, None], dict(delimiter=' ', skipinitialspace=True, quoting=csv.QUOTE_NONE)),
        (['a', 1, 'p,q'], dict(escapechar='\\')), (['a', 1, 'p,"q"'], dict(doublequote=False)),
        (['a', 1, 'p,"q"'], dict(escapechar='\\', doublequote=False)),
        (['"'], dict(escapechar='\\', doublequote=False)), (['"'], dict(escapechar='\\', quoting=csv.QUOTE_NONE)),
        (['\\', 'a'], dict(escapechar='\\')), (['\\', 'a'], dict(escapechar='\\', quoting=csv.QUOTE_ALL)),
        ([',\\', 'a'], dict(escapechar='\\')), (['C\\', '6', '7', 'X"'], dict(escapechar='\\')),
        ([1, 2.5, True, None, 'x', 3 + 1j], dict(quoting=csv.QUOTE_NONNUMERIC)),
        ([1, 2.5, None, 'x'], dict(quoting=csv.QUOTE_STRINGS)), ([1, None, 'x'], dict(quoting=csv.QUOTE_NOTNULL)),
        (['a b', ' lead'], dict(skipinitialspace=True)), (['semi;colon', 'x'], dict(lineterminator=';\n')),
        (['line\nbreak', 'cr\r'], dict(quoting=csv.QUOTE_NONE, escapechar='$'))]:
    print(row, kw, repr(written(row, **kw)))

for line, kw in [([',3,"5",7.3, 9'], dict(quoting=csv.QUOTE_NOTNULL)),
                 ([',3,"5",7.3, 9'], dict(quoting=csv.QUOTE_STRINGS)),
                 ([',,"",'], dict(quoting=csv.QUOTE_NONNUMERIC)), ([' , , '], dict(skipinitialspace=True,
                                                                                  quoting=csv.QUOTE_NOTNULL)),
                 (['a,b\rc,d'], {}), (['a,b\nc,d'], {}), (['a,b\r', 'c,d\r'], {}), (['"a\nb",c'], {})]:
    print(line, kw, attempt(list, csv.reader(line, **kw)))

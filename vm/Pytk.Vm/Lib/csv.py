"""csv (pytk's own implementation): reader/writer state machines with CPython's dialect options and
quoting rules, DictReader/DictWriter, and the dialect registry."""

import re as _re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "field_size_limit", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)
_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    """Describes a CSV format; subclass and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(_Params(self))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Params:
    """The effective dialect: a base dialect (name, class or instance) overridden by keyword arguments."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        base = dialect if dialect is not None else excel

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            value = getattr(base, name, None)
            return default if value is None else value
        self.delimiter = pick('delimiter', ',')
        self.quotechar = kwargs['quotechar'] if 'quotechar' in kwargs else getattr(base, 'quotechar', '"')
        self.escapechar = pick('escapechar', None)
        self.doublequote = pick('doublequote', True)
        self.skipinitialspace = pick('skipinitialspace', False)
        self.lineterminator = pick('lineterminator', '\r\n')
        self.quoting = pick('quoting', QUOTE_MINIMAL)
        self.strict = pick('strict', False)
        for key in kwargs:
            if key not in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                           'lineterminator', 'quoting', 'strict'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        _validate(self)


def _validate(p):
    def one_char(name, value, allow_none):
        if value is None and allow_none:
            return
        if not isinstance(value, str):
            raise TypeError('"%s" must be string%s, not %s' % (name, ' or None' if allow_none else '',
                                                               type(value).__name__))
        if len(value) != 1:
            raise TypeError('"%s" must be a 1-character string' % name)
    one_char('delimiter', p.delimiter, False)
    one_char('quotechar', p.quotechar, True)
    one_char('escapechar', p.escapechar, True)
    if p.quoting not in range(6):
        raise TypeError('bad "quoting" value')
    if not isinstance(p.lineterminator, str):
        raise TypeError('"lineterminator" must be a string')


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    params = _Params(dialect, **fmtparams)
    cls = type('_registered', (Dialect,), {k: getattr(params, k) for k in
                                           ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                                            'skipinitialspace', 'lineterminator', 'quoting', 'strict')})
    _dialects[name] = cls()


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class _Reader:
    def __init__(self, lines, params):
        self._lines = iter(lines)
        self.dialect = params
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self.dialect
        fields = []
        field = []
        state = 'start_record'
        quoted = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state in ('in_quoted', 'escape_in_quoted', 'escape'):
                    if p.strict:
                        raise Error("unexpected end of data")
                    fields.append(''.join(field))
                    return fields
                if state != 'start_record' or fields:
                    fields.append(''.join(field))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if state == 'start_record' and line in ('', '\n', '\r\n', '\r'):
                return []
            # The line's own terminator is one end-of-line event; inside quotes it stays part of the field.
            eol = ''
            for ending in ('\r\n', '\n', '\r'):
                if line.endswith(ending):
                    eol = ending
                    line = line[:-len(ending)]
                    break
            done = False
            for c in list(line) + [None]:
                if state == 'start_record':
                    if c is None:
                        return fields
                    state = 'start_field'
                if state == 'start_field':
                    quoted = False
                    if c is None:
                        fields.append('')
                        return fields
                    if c == p.quotechar and p.quoting != QUOTE_NONE:
                        quoted = True
                        state = 'in_quoted'
                    elif c == p.escapechar:
                        state = 'escape'
                    elif c == ' ' and p.skipinitialspace:
                        pass
                    elif c == p.delimiter:
                        fields.append('')
                    else:
                        field.append(c)
                        state = 'in_field'
                    continue
                if state == 'escape':
                    if c is None:
                        field.append(eol or '\n')
                        break
                    field.append(c)
                    state = 'in_field'
                    continue
                if state == 'in_field':
                    if c is None:
                        fields.append(self._finish(field, quoted))
                        return fields
                    if c == p.escapechar:
                        state = 'escape'
                    elif c == p.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'start_field'
                    else:
                        field.append(c)
                    continue
                if state == 'in_quoted':
                    if c is None:
                        field.append(eol)
                        break
                    if c == p.escapechar:
                        state = 'escape_in_quoted'
                    elif c == p.quotechar:
                        state = 'quote_in_quoted' if p.doublequote else 'in_field'
                    else:
                        field.append(c)
                    continue
                if state == 'escape_in_quoted':
                    if c is None:
                        field.append(eol)
                        state = 'in_quoted'
                        break
                    field.append(c)
                    state = 'in_quoted'
                    continue
                if state == 'quote_in_quoted':
                    if c == p.quotechar:
                        field.append(c)
                        state = 'in_quoted'
                    elif c == p.delimiter:
                        fields.append(self._finish(field, quoted))
                        field = []
                        state = 'start_field'
                    elif c is None:
                        fields.append(self._finish(field, quoted))
                        return fields
                    elif not p.strict:
                        field.append(c)
                        state = 'in_field'
                    else:
                        raise Error("'%c' expected after '%c'" % (p.delimiter, p.quotechar))
                    continue
            if len(''.join(field)) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)

    def _finish(self, field, quoted):
        text = ''.join(field)
        if len(text) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if not quoted and self.dialect.quoting == QUOTE_NONNUMERIC and text:
            return float(text)
        if not quoted and self.dialect.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL) and not text:
            return None
        if not quoted and self.dialect.quoting == QUOTE_STRINGS:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, _Params(dialect, **fmtparams))


class _Writer:
    def __init__(self, fileobj, params):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = params

    def _quote_needed(self, text):
        p = self.dialect
        specials = (p.delimiter, p.quotechar, p.escapechar, '\n', '\r')
        if any(ch in text for ch in specials if ch):
            return True
        if text and (text[0] == ' ' and p.skipinitialspace):
            return True
        return False

    def _field(self, value, only_field):
        p = self.dialect
        if value is None:
            text = ''
            must_quote = p.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
            if only_field and p.quoting != QUOTE_NONE:
                must_quote = True
        else:
            if isinstance(value, float):
                text = repr(value)
            else:
                text = str(value)
            if p.quoting == QUOTE_ALL:
                must_quote = True
            elif p.quoting == QUOTE_NONNUMERIC:
                must_quote = not isinstance(value, (int, float)) or isinstance(value, bool) and False
                if isinstance(value, bool):
                    must_quote = False
            elif p.quoting in (QUOTE_STRINGS,):
                must_quote = isinstance(value, str)
            elif p.quoting == QUOTE_NOTNULL:
                must_quote = True
            else:
                must_quote = False
            if p.quoting == QUOTE_NONE:
                out = []
                for ch in text:
                    if ch in (p.delimiter, p.quotechar, '\n', '\r') and ch:
                        if not p.escapechar:
                            raise Error('need to escape, but no escapechar set')
                        out.append(p.escapechar)
                    elif p.escapechar and ch == p.escapechar:
                        out.append(p.escapechar)
                    out.append(ch)
                return ''.join(out)
            if not must_quote and p.quoting in (QUOTE_MINIMAL, QUOTE_NONNUMERIC, QUOTE_STRINGS, QUOTE_NOTNULL):
                must_quote = self._quote_needed(text) or (only_field and text == '')
        if p.quotechar and p.quotechar in text:
            if p.doublequote:
                text = text.replace(p.quotechar, p.quotechar * 2)
            elif p.escapechar:
                text = text.replace(p.quotechar, p.escapechar + p.quotechar)
            else:
                raise Error('need to escape, but no escapechar set')
        if p.escapechar and not p.doublequote is False and p.quoting != QUOTE_NONE:
            pass
        if must_quote and not p.quotechar:
            raise Error('need to escape, but no escapechar set')
        return p.quotechar + text + p.quotechar if must_quote else text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        line = self.dialect.delimiter.join(self._field(v, len(items) == 1) for v in items)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, _Params(dialect, **fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a dialect from a sample (delimiter among common candidates; quote character)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or self.preferred
        lines = [l for l in sample.split('\n') if l]
        best = None
        for d in candidates:
            counts = [l.count(d) for l in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                best = d
                break
        if best is None:
            raise Error("Could not determine delimiter")
        quote = '"' if '"' in sample else "'" if "'" in sample else '"'

        class sniffed(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        sniffed.delimiter = best
        sniffed.quotechar = quote
        sniffed.doublequote = True
        sniffed.skipinitialspace = False
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, rest = rows[0], rows[1:]
        votes = 0
        for col, name in enumerate(header):
            kinds = set()
            for row in rest:
                if col < len(row):
                    try:
                        float(row[col])
                        kinds.add('num')
                    except ValueError:
                        kinds.add(len(row[col]))
            if kinds == {'num'}:
                try:
                    float(name)
                except ValueError:
                    votes += 1
                else:
                    votes -= 1
            elif len(kinds) == 1:
                votes += 1 if len(name) not in kinds else -1
        return votes > 0

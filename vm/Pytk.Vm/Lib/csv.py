"""csv (pytk's own implementation): reader/writer state machines with CPython's dialect options and
quoting rules, DictReader/DictWriter, and the dialect registry."""

import re as _re

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "field_size_limit", "DictReader", "DictWriter", "Sniffer",
           "unregister_dialect"]

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
        try:
            _Dialect(self)
        except TypeError as e:
            # (CPython's message: the reason alone)
            raise Error(str(e)) from None


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


_dialects = {}


_MISSING = object()
_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
                  'skipinitialspace', 'strict')


class _Dialect:
    """The checked, read-only dialect readers and writers use (CPython's _csv.Dialect): a base dialect (a
    registered name, a Dialect class or instance, or any object with the attributes) overridden by keyword
    arguments; an attribute neither gives takes excel's value."""
    __slots__ = tuple('_' + a for a in _DIALECT_ATTRS)

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_ATTRS:
                raise TypeError("this function got an unexpected keyword argument '%s'" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def source(name):
            if name in kwargs:
                return kwargs[name]
            return _MISSING if dialect is None else getattr(dialect, name, _MISSING)

        def char(name, value, default, allow_none):
            if value is _MISSING:
                return default
            if value is None and allow_none:
                return None
            if not isinstance(value, str):
                raise TypeError('"%s" must be string%s, not %s' % (name, ' or None' if allow_none else '',
                                                                   type(value).__name__))
            if len(value) != 1:
                raise TypeError('"%s" must be a 1-character string' % name)
            return value

        def flag(value, default):
            return default if value is _MISSING else bool(value)

        set_ = object.__setattr__
        delimiter = char('delimiter', source('delimiter'), ',', False)
        escapechar = char('escapechar', source('escapechar'), None, True)
        quotechar_src = source('quotechar')
        quotechar = char('quotechar', quotechar_src, '"', True)
        quoting = source('quoting')
        if quoting is _MISSING:
            quoting = QUOTE_NONE if quotechar_src is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        lineterminator = source('lineterminator')
        if lineterminator is _MISSING:
            lineterminator = '\r\n'
        elif lineterminator is None:
            raise TypeError('lineterminator must be set')
        elif not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        skipinitialspace = flag(source('skipinitialspace'), False)
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if delimiter in ('\n', '\r'):
            raise ValueError('bad delimiter value')
        if escapechar is not None and (escapechar in ('\n', '\r') or (escapechar == ' ' and skipinitialspace)):
            raise ValueError('bad escapechar value')
        if quotechar is not None and (quotechar in ('\n', '\r') or (quotechar == ' ' and skipinitialspace)):
            raise ValueError('bad quotechar value')
        if delimiter == quotechar:
            raise ValueError('bad delimiter or quotechar value')
        if delimiter == escapechar:
            raise ValueError('bad delimiter or escapechar value')
        if escapechar is not None and escapechar == quotechar:
            raise ValueError('bad escapechar or quotechar value')
        for name, ch in (('delimiter', delimiter), ('escapechar', escapechar), ('quotechar', quotechar)):
            if ch is not None and ch in lineterminator:
                raise ValueError('bad %s or lineterminator value' % name)
        set_(self, '_delimiter', delimiter)
        set_(self, '_escapechar', escapechar)
        set_(self, '_quotechar', quotechar)
        set_(self, '_quoting', quoting)
        set_(self, '_lineterminator', lineterminator)
        set_(self, '_doublequote', flag(source('doublequote'), True))
        set_(self, '_skipinitialspace', skipinitialspace)
        set_(self, '_strict', flag(source('strict'), False))

    def __setattr__(self, name, value):
        if name in _DIALECT_ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    __delattr__ = lambda self, name: _Dialect.__setattr__(self, name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Dialect' instances")

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


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
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


_NEWLINE_IN_FIELD = "new-line character seen in unquoted field - do you need to open the file with newline=''?"


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
                        fields.append(self._finish([], False))
                        return fields
                    if c == p.quotechar and p.quoting != QUOTE_NONE:
                        quoted = True
                        state = 'in_quoted'
                    elif c == p.escapechar:
                        state = 'escape'
                    elif c == ' ' and p.skipinitialspace:
                        pass
                    elif c in ('\n', '\r'):
                        raise Error(_NEWLINE_IN_FIELD)
                    elif c == p.delimiter:
                        fields.append(self._finish([], False))
                    else:
                        field.append(c)
                        state = 'in_field'
                    continue
                if state == 'escape':
                    if c is None:
                        if eol == '\r\n':
                            # the escape takes the '\r'; the '\n' ends the record
                            field.append('\r')
                            fields.append(self._finish(field, quoted))
                            return fields
                        # an escaped line break: the record goes on in the next line
                        field.append(eol or '\n')
                        if eol:
                            state = 'in_field'
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
                    elif c in ('\n', '\r'):
                        raise Error(_NEWLINE_IN_FIELD)
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


def reader(csvfile, dialect=None, **fmtparams):
    return _Reader(csvfile, _Dialect(dialect, **fmtparams))


def _is_number(value):
    return (isinstance(value, (int, float, complex)) or hasattr(type(value), '__float__')
            or hasattr(type(value), '__index__'))


class _Writer:
    def __init__(self, fileobj, params):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = params

    def _field(self, value, only_field):
        """One field as written: quoted when the quoting mode asks or a character needs it (the delimiter, a
        line break, a character of the line terminator, the quote character when quotes are doubled); the
        escape character escapes itself, and the quote character when quotes are not doubled (everything
        special under QUOTE_NONE)."""
        p = self.dialect
        q = p.quoting
        if value is None:
            text = ''
            quoted = q in (QUOTE_ALL, QUOTE_NONNUMERIC)
        else:
            text = repr(value) if type(value) is float else str(value)
            if q == QUOTE_ALL or q == QUOTE_NOTNULL:
                quoted = True
            elif q == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            elif q == QUOTE_STRINGS:
                quoted = isinstance(value, str)
            else:
                quoted = False
        if not text and (only_field or (p.delimiter == ' ' and p.skipinitialspace)):
            if q == QUOTE_NONE or (value is None and q in (QUOTE_STRINGS, QUOTE_NOTNULL)):
                raise Error('single empty field record must be quoted' if only_field else
                            'empty field must be quoted if delimiter is a space and skipinitialspace is true')
            quoted = True
        out = []
        for ch in text:
            if (ch == p.delimiter or ch == p.escapechar or ch == p.quotechar or ch == '\n' or ch == '\r'
                    or ch in p.lineterminator):
                escape = False
                if q == QUOTE_NONE:
                    escape = True
                elif ch == p.quotechar:
                    if p.doublequote:
                        out.append(ch)
                    else:
                        escape = True
                elif ch == p.escapechar:
                    escape = True
                if not escape:
                    quoted = True
                else:
                    if p.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(p.escapechar)
            out.append(ch)
        text = ''.join(out)
        if quoted and q != QUOTE_NONE:
            return p.quotechar + text + p.quotechar
        return text

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


def writer(csvfile, dialect=None, **fmtparams):
    return _Writer(csvfile, _Dialect(dialect, **fmtparams))


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
    """Guesses the dialect of a sample: quoted fields, when it has some, show the quote character and the
    delimiter beside them; otherwise the delimiter is a character every line holds the same number of times
    (preferring the common delimiters)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, delimiter, doublequote, skipinitialspace = self._from_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._from_counts(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    @staticmethod
    def _from_quotes(sample, delimiters):
        """(quotechar, delimiter, doublequote, skipinitialspace) from the fields the sample quotes: a quote at a
        line's start or after a delimiter (and maybe a space), its closing quote before a delimiter or the
        line's end."""
        best = None
        for q in ('"', "'"):
            pattern = (r'(?m)(?:^|([^\w\s"\'])( ?))' + q + '((?:[^' + q + r'\n]|' + q + q + ')*)' + q
                       + r'(?:([^\w\s"\'])|$)')
            found = _re.findall(pattern, sample)
            if found and (best is None or len(found) > len(best[1])):
                best = (q, found)
        if best is None:
            return None, None, False, False
        q, found = best
        votes = {}
        spaced = unspaced = 0
        for before, space, _, after in found:
            for d in (before, after):
                if d and (delimiters is None or d in delimiters):
                    votes[d] = votes.get(d, 0) + 1
            if before and (delimiters is None or before in delimiters):
                if space:
                    spaced += 1
                else:
                    unspaced += 1
        delimiter = max(votes, key=lambda d: votes[d]) if votes else None
        doublequote = any(q + q in content for _, _, content, _ in found)
        return q, delimiter, doublequote, spaced > 0 and unspaced == 0

    def _from_counts(self, sample, delimiters):
        """(delimiter, skipinitialspace): a character every line holds the same (non-zero) number of times."""
        lines = [line for line in sample.splitlines() if line.strip()]
        if not lines:
            return None, False
        candidates = set(delimiters) if delimiters is not None else set(''.join(lines))
        steady = []
        for c in candidates:
            counts = [line.count(c) for line in lines]
            if counts[0] > 0 and all(n == counts[0] for n in counts):
                steady.append(c)
        if not steady:
            return None, False

        def rank(c):
            if c in self.preferred:
                return (0, self.preferred.index(c), c)
            return (1 if not c.isalnum() else 2, 0, c)
        delimiter = min(steady, key=rank)
        first = lines[0]
        return delimiter, first.count(delimiter) == first.count(delimiter + ' ')

    def has_header(self, sample):
        """Whether the first row looks like a header: for each column whose other rows (up to 20) are all
        numbers, or all strings of one length, a first-row value that does not fit counts for a header and one
        that fits against it."""
        rows = reader(sample.splitlines(), self.sniff(sample))
        try:
            header = next(rows)
        except StopIteration:
            return False
        kinds = dict.fromkeys(range(len(header)))
        for checked, row in enumerate(rows):
            if checked >= 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                kind = 'number' if _is_numeral(row[col]) else len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is None:
                continue
            if kind == 'number':
                votes += -1 if _is_numeral(header[col]) else 1
            else:
                votes += 1 if len(header[col]) != kind else -1
        return votes > 0


def _is_numeral(text):
    for kind in (int, float, complex):
        try:
            kind(text)
            return True
        except (ValueError, OverflowError):
            pass
    return False

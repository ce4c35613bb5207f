"""datetime (pytk's own implementation): timedelta, date, time, datetime, tzinfo and fixed-offset timezone,
with CPython's normalisation, reprs, arithmetic, isoformat/fromisoformat and strftime/strptime for the C
locale. Local time is the C library's (time.localtime: TZ and the system's zoneinfo files)."""

import time as _time
import math as _math
from _time import localtime as _local_fields

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_running = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_running)
    _running += _dim
del _running, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    # Count whole 400-, 100-, 4- and 1-year cycles, then the month.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = (_check_int(hour), _check_int(minute), _check_int(second),
                                         _check_int(microsecond))
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _state_bytes(state, kind):
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. pickle.load(data, "
                             "encoding='latin1') is assumed." % kind) from None
    return state


def _check_dt_arg(name, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (name, type(dt).__name__))


def _checked_offset(name, offset):
    """What a tzinfo's utcoffset()/dst() returned: None or a timedelta strictly within a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))
    return offset


def _checked_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


_COMPARE = {'eq': lambda a, b: a == b, 'ne': lambda a, b: a != b, 'lt': lambda a, b: a < b,
            'le': lambda a, b: a <= b, 'gt': lambda a, b: a > b, 'ge': lambda a, b: a >= b}


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), days carrying the sign."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            return cls._from_microseconds(((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                                          + milliseconds * 1000 + microseconds)
        # Sum everything as an exact number of microseconds (floats rounded half to even at the end).
        total = 0
        exact = True
        parts = ((days, 86400000000), (seconds, 1000000), (microseconds, 1), (milliseconds, 1000),
                 (minutes, 60000000), (hours, 3600000000), (weeks, 604800000000))
        float_total = 0.0
        for value, scale in parts:
            if isinstance(value, float):
                exact = False
                if value != value or value in (float('inf'), float('-inf')):
                    raise ValueError("cannot convert float %s to integer" % ('NaN' if value != value else 'infinity'))
                from fractions import Fraction
                float_total += Fraction(value) * scale
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
                     60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}[scale], type(value).__name__))
        if not exact:
            total += round(float_total)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        days, rest = divmod(us, 86400000000)
        seconds, microseconds = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s.%s(%s)" % (_module_of(self), type(self).__qualname__, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater = r > b if b > 0 else r < b
    if greater or r == b and q % 2 == 1:
        q += 1
    return q


def _module_of(obj):
    return 'datetime'


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# -- strftime / strptime ---------------------------------------------------------------------------------

def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += "%s%02d" % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _strftime(obj, fmt, year, month, day, hour, minute, second, microsecond):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    weekday = (_ymd2ord(year, month, day) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'Y':
            out.append('%d' % year if year >= 1000 else '%04d' % year)
        elif code == 'm':
            out.append('%02d' % month)
        elif code == 'd':
            out.append('%02d' % day)
        elif code == 'e':
            out.append('%2d' % day)
        elif code == 'H':
            out.append('%02d' % hour)
        elif code == 'M':
            out.append('%02d' % minute)
        elif code == 'S':
            out.append('%02d' % second)
        elif code == 'f':
            out.append('%06d' % microsecond)
        elif code == 'y':
            out.append('%02d' % (year % 100))
        elif code == 'b' or code == 'h':
            out.append(_MONTHNAMES[month])
        elif code == 'B':
            out.append(_FULLMONTHNAMES[month])
        elif code == 'a':
            out.append(_DAYNAMES[weekday])
        elif code == 'A':
            out.append(_FULLDAYNAMES[weekday])
        elif code == 'w':
            out.append('%d' % ((weekday + 1) % 7))
        elif code == 'u':
            out.append('%d' % (weekday + 1))
        elif code == 'j':
            out.append('%03d' % yday)
        elif code == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif code == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif code == 'U':
            out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif code == 'W':
            out.append('%02d' % ((yday + 6 - weekday) // 7))
        elif code == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[weekday], _MONTHNAMES[month], day, hour, minute,
                                                         second, year))
        elif code == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'F':
            out.append('%04d-%02d-%02d' % (year, month, day))
        elif code == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif code == 'G' or code == 'V':
            iso = _isocalendar(year, month, day)
            out.append('%d' % iso[0] if code == 'G' else '%02d' % iso[1])
        elif code == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif code == ':' and i < n and fmt[i] == 'z':
            i += 1
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off) if off is not None else '')
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name:
                # CPython escapes the name's '%' with its own replace(): a str subclass may break that
                if not isinstance(name.replace('%', '%%'), str):
                    raise TypeError("tzname.replace() did not return a string")
                out.append(name)
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday
        if first_weekday > 3:
            monday += 7
        return monday
    today = _ymd2ord(year, month, day)
    week1 = week1_monday(year)
    week, day_of = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week1 = week1_monday(year)
        week, day_of = divmod(today - week1, 7)
    elif week >= 52 and today >= week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day_of + 1


def _zone_names():
    """The names %Z reads, lower-cased: UTC, GMT and the local zone's standard name (isdst 0), and its daylight
    saving time name when it has one (isdst 1)."""
    std = {'utc', 'gmt', _time.tzname[0].lower()}
    dst = {_time.tzname[1].lower()} if _time.daylight else set()
    return std, dst


def _strptime(text, fmt, info=None):
    """(year, month, day, hour, minute, second, microsecond, tz) read from text by format fmt; info (a dict), when
    given, receives the zone name %Z read ('Z') and the daylight saving time flag it implies ('isdst')."""
    import re
    names = {
        'Y': r'(?P<Y>\d\d\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'f': r'(?P<f>[0-9]{1,6})', 'y': r'(?P<y>\d\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'p': r'(?P<p>am|pm)',
        'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'b': r'(?P<b>' + '|'.join(_MONTHNAMES[1:]) + ')', 'B': r'(?P<B>' + '|'.join(_FULLMONTHNAMES[1:]) + ')',
        'a': r'(?P<a>' + '|'.join(_DAYNAMES) + ')', 'A': r'(?P<A>' + '|'.join(_FULLDAYNAMES) + ')',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        'w': r'(?P<w>[0-6])', 'u': r'(?P<u>[1-7])', 'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
        'W': r'(?P<W>5[0-3]|[0-4]\d|\d)', 'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)', 'G': r'(?P<G>\d\d\d\d)',
        '%': '%',
    }
    std_names, dst_names = _zone_names()
    names['Z'] = '(?P<Z>' + '|'.join(re.escape(n) for n in sorted(std_names | dst_names, key=len, reverse=True)
                                     if n) + ')'
    # the C locale's composite directives, spelled out
    composite = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
                 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}
    given, i = fmt, 0
    parts = []
    while i < len(fmt):
        if fmt[i] == '%' and i + 1 < len(fmt):
            parts.append(composite.get(fmt[i + 1], fmt[i:i + 2]))
            i += 2
        else:
            parts.append(fmt[i])
            i += 1
    fmt = ''.join(parts)
    pattern = []
    i = 0
    seen = set()
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            code = fmt[i + 1]
            if code not in names:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, given))
            if code in seen and code != '%':
                raise re.error("redefinition of group name %r" % code)
            seen.add(code)
            pattern.append(names[code])
            i += 2
        elif ch.isspace():
            pattern.append(r'\s+')
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            # a lone surrogate goes in as an escape (the pattern compiler reads text as code points)
            pattern.append('\\u%04x' % ord(ch) if '\ud800' <= ch <= '\udfff' else re.escape(ch))
            i += 1
    if 'G' in seen and not ('V' in seen and seen & set('aAwu')):
        raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                         "directive ('%A', '%a', '%w', or '%u').")
    if 'V' in seen and 'G' not in seen:
        if 'Y' in seen:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                             "year '%G' instead.")
        raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                         "directive ('%A', '%a', '%w', or '%u').")
    if 'd' in seen and not seen & set('YyG'):
        import warnings
        warnings.warn("Parsing dates involving a day of month without a year specified is ambiguious\n"
                      "and fails to parse leap day. The default behavior will change in Python 3.15\n"
                      "to either always raise an exception or to use a different default year (TBD).\n"
                      "To avoid trouble, add a specific year to the input & format.\n"
                      "See https://github.com/python/cpython/issues/70647.", DeprecationWarning, stacklevel=3)
    m = re.match('(?i)' + ''.join(pattern), text)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if len(text) != m.end():
        raise ValueError("unconverted data remains: %s" % text[m.end():])
    g = m.groupdict()
    year, month, day, hour, minute, second, micro, tz = 1900, 1, 1, 0, 0, 0, 0, None
    if g.get('Y'):
        year = int(g['Y'])
    elif g.get('y'):
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m'):
        month = int(g['m'])
    elif g.get('B'):
        month = [n.lower() for n in _FULLMONTHNAMES[1:]].index(g['B'].lower()) + 1
    elif g.get('b'):
        month = [n.lower() for n in _MONTHNAMES[1:]].index(g['b'].lower()) + 1
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    elif g.get('I'):
        hour = int(g['I']) % 12
        if (g.get('p') or '').lower() == 'pm':
            hour += 12
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        micro = int(g['f'] + '0' * (6 - len(g['f'])))
    weekday = None  # Monday is 0
    if g.get('w'):
        weekday = (int(g['w']) + 6) % 7
    elif g.get('u'):
        weekday = int(g['u']) - 1
    elif g.get('A'):
        weekday = [n.lower() for n in _FULLDAYNAMES].index(g['A'].lower())
    elif g.get('a'):
        weekday = [n.lower() for n in _DAYNAMES].index(g['a'].lower())
    if g.get('j') and not g.get('m'):
        o = _ymd2ord(year, 1, 1) + int(g['j']) - 1
        year, month, day = _ord2ymd(o)
    elif g.get('G') and g.get('V') and weekday is not None:
        year, month, day = date.fromisocalendar(int(g['G']), int(g['V']), weekday + 1)._dkey()
    elif weekday is not None and (g.get('U') or g.get('W')) and not g.get('j'):
        # week 1 starts on the year's first Sunday (%U) or Monday (%W); days before it are week 0
        # (week 0 is counted from January 1st's own week, as CPython does)
        jan1 = _ymd2ord(year, 1, 1)
        sunday_first = bool(g.get('U'))
        week = int(g['U'] if sunday_first else g['W'])
        wd, first_wd = ((weekday + 1) % 7, jan1 % 7) if sunday_first else (weekday, (jan1 + 6) % 7)
        if week == 0:
            o = jan1 + wd - first_wd
        else:
            o = jan1 + (7 - first_wd) % 7 + (week - 1) * 7 + wd
        year, month, day = _ord2ymd(o)
    if g.get('z'):
        z = g['z']
        if z in ('Z', 'z'):
            tz = timezone.utc
        else:
            z, _, frac = z.replace(':', '').partition('.')
            sign = -1 if z[0] == '-' else 1
            hh, mm = int(z[1:3]), int(z[3:5])
            ss = int(z[5:7]) if len(z) >= 7 else 0
            us = int((frac + '00000')[:6]) if frac else 0
            tz = timezone(sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us))
        if g.get('Z'):
            tz = timezone(tz.utcoffset(None), g['Z'])
    if info is not None and g.get('Z'):
        zone = g['Z'].lower()
        info['Z'] = g['Z']
        if zone in ('utc', 'gmt'):
            info['isdst'] = 0
        elif not (_time.tzname[0] == _time.tzname[1] and _time.daylight):
            # (one name for both is too ambiguous to tell)
            info['isdst'] = 0 if zone in std_names else 1
    return year, month, day, hour, minute, second, micro, tz


# -- tzinfo ------------------------------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information objects."""
    __slots__ = ()

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, self.__getstate__())

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        std = off - dst
        dt += std
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst if dst else dt


_tzinfo_class = tzinfo


def _offset_at(u):
    """The local zone's offset from UTC, in seconds, at UTC second u."""
    return _local_fields(u)[10]


def _utc_of_local(t, fold):
    """The UTC second at which the local clock reads t (seconds since the epoch as if local time were UTC).
    A reading the clock shows twice (a fold) is the first for fold 0 and the second for fold 1; one it skips (a
    gap) is read with the offset from before the gap for fold 0 and the one after it for fold 1."""
    a = _offset_at(t)
    b = _offset_at(t - a)
    offsets = {a, b, _offset_at(t - a - 86400), _offset_at(t - a + 86400)}
    readings = [t - o for o in offsets if _offset_at(t - o) == o]
    if readings:
        return max(readings) if fold else min(readings)
    return t - max(a, b) if fold else t - min(a, b)


def _local_timezone(dt):
    """The local zone at datetime dt as a fixed offset named as the C library names it. A naive dt is a local
    time; one in a gap gets the zone before the gap for fold 0 and the one after it for fold 1."""
    if dt._tzinfo is None:
        t = (dt.toordinal() - 719163) * 86400 + dt._hour * 3600 + dt._minute * 60 + dt._second
        first, other = _utc_of_local(t, dt._fold), _utc_of_local(t, 1 - dt._fold)
        u = max(first, other) if dt._fold else min(first, other)
    else:
        u = (dt - _EPOCH) // timedelta(seconds=1)
    f = _local_fields(u)
    return timezone(timedelta(seconds=f[10]), f[9])


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __slots__ = ('_offset', '_name')
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__(), None)

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def utcoffset(self, dt):
        _check_dt_arg('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        _check_dt_arg('tzname', dt)
        if self._name is None:
            if not self._offset:
                return 'UTC'
            return 'UTC' + _format_offset(self._offset)
        return self._name

    def dst(self, dt):
        _check_dt_arg('dst', dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# -- date --------------------------------------------------------------------------------------------------

class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    def __reduce__(self):
        # pickled as a plain tuple (CPython's C type cannot be unpickled elsewhere)
        return (tuple, (tuple(self),))


class date:
    """A calendar date (proleptic Gregorian)."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4:
            # the pickled state: 2 bytes of year, month, day (only the month is checked)
            state = _state_bytes(year, 'date')
            if 1 <= state[2] <= 12:
                self = object.__new__(cls)
                self._year, self._month, self._day = state[0] * 256 + state[1], state[2], state[3]
                self._hashcode = -1
                return self
        if not (type(year) is int and type(month) is int and type(day) is int and 1 <= month <= 12
                and MINYEAR <= year <= MAXYEAR and 1 <= day
                and (day <= 28 or day <= _DAYS_IN_MONTH[month] or (month == 2 and day == 29 and _is_leap(year)))):
            year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        secs = _timestamp_us(t) // 1000000
        y, m, d = _local_fields(secs)[:3]
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isodate(date_string))
        except (ValueError, IndexError, OverflowError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _check_int(year), _check_int(week), _check_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                # only years starting on a Thursday, or leap years starting on a Wednesday, have a week 53
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        first = _ymd2ord(year, 1, 4)
        monday = first - (first + 6) % 7
        return cls(*_ord2ymd(monday + (week - 1) * 7 + day - 1))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (_module_of(self), type(self).__qualname__, self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, format):
        return _strftime(self, format, self._year, self._month, self._day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time_tuple(self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _dkey(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() < other._dkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() <= other._dkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() > other._dkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() >= other._dkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _getstate(self):
        return (bytes([self._year // 256, self._year % 256, self._month, self._day]),)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __reduce__(self):
        return (type(self), self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _time_tuple(*fields):
    try:
        return _time.struct_time(fields)
    except AttributeError:
        return fields


def _num(s, start, width):
    """The ASCII digits s[start:start+width] as an int (exactly width of them)."""
    part = s[start:start + width]
    if len(part) != width or not all('0' <= c <= '9' for c in part):
        raise ValueError('expected %d digits' % width)
    return int(part)


def _parse_isodate(s):
    """[year, month, day] from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    if len(s) not in (7, 8, 10):
        raise ValueError('wrong length')
    year = _num(s, 0, 4)
    dashed = s[4] == '-'
    pos = 5 if dashed else 4
    if s[pos:pos + 1] == 'W':
        week = _num(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if (s[pos] == '-') != dashed:
                raise ValueError('Inconsistent use of dash separator')
            pos += dashed
            day = _num(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError('trailing characters')
        return list(date.fromisocalendar(year, week, day)._dkey())
    month = _num(s, pos, 2)
    pos += 2
    if (s[pos:pos + 1] == '-') != dashed:
        raise ValueError('Inconsistent use of dash separator')
    pos += dashed
    day = _num(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError('trailing characters')
    return [year, month, day]


def _date_end(s):
    """Where the date part of an ISO datetime string ends (the separator's index), by the shapes CPython
    accepts: 10 for YYYY-MM-DD and YYYY-Www-D, 8 for YYYYMMDD and YYYY-Www, 7 or 8 for YYYYWww[D]."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if n > 8 and s[8] == '-':
            if n == 9:
                raise ValueError('Invalid ISO string')
            # YYYY-Www-D then a separator, unless a digit follows: then YYYY-Www and '-' separates
            return 8 if n > 10 and '0' <= s[10] <= '9' else 10
        return 8
    if s[4] != 'W':
        return 8
    i = 7
    while i < n and '0' <= s[i] <= '9':
        i += 1
    if i < 9:
        return i
    # a run of digits after the week: the time is an even number of them, so the parity decides the weekday
    return 7 if i % 2 == 0 else 8


def _parse_hms(s):
    """[hour, minute, second, microsecond] from HH[:?MM[:?SS[{.,}f+]]] (colons used throughout or not at all)."""
    comps = [0, 0, 0, 0]
    pos, n = 0, len(s)
    colons = False
    for k in range(3):
        if n - pos < 2:
            raise ValueError('Incomplete time component')
        comps[k] = _num(s, pos, 2)
        pos += 2
        nxt = s[pos:pos + 1]
        if k == 0:
            colons = nxt == ':'
        if not nxt or k == 2:
            break
        if colons and nxt != ':':
            raise ValueError('Invalid time separator: %c' % nxt)
        pos += colons
    if pos < n:
        if s[pos] not in '.,':
            raise ValueError('Invalid microsecond component')
        digits = s[pos + 1:]
        if not digits or not all('0' <= c <= '9' for c in digits):
            raise ValueError('Invalid microsecond component')
        # up to 6 digits count; more are allowed and ignored
        comps[3] = int((digits[:6] + '00000')[:6])
    return comps


def _parse_isotime(s):
    """[hour, minute, second, microsecond, tzinfo] from a time, optionally followed by Z or +/-HH[:MM[:SS[.f]]]."""
    if len(s) < 2:
        raise ValueError('Isoformat time too short')
    cut = -1
    for i, ch in enumerate(s):
        if ch in '+-Z':
            cut = i
            break
    comps = _parse_hms(s if cut < 0 else s[:cut])
    tz = None
    if cut >= 0:
        if s[cut] == 'Z':
            if cut != len(s) - 1:
                raise ValueError('Malformed time zone string')
            tz = timezone.utc
        else:
            zone = s[cut + 1:]
            if len(zone) in (0, 1, 3):
                raise ValueError('Malformed time zone string')
            hh, mm, ss, us = _parse_hms(zone)
            if not (hh or mm or ss or us):
                tz = timezone.utc
            else:
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone(-off if s[cut] == '-' else off)
    comps.append(tz)
    return comps


_TIME_T_MIN, _TIME_T_END = -2 ** 63, 2 ** 63


def _timestamp_us(t):
    """A POSIX timestamp (int or float) in whole microseconds, the fraction rounded half to even."""
    if type(t) is int and _TIME_T_MIN <= t < _TIME_T_END:
        return t * 1000000
    if isinstance(t, float) and (t != t or t in (float('inf'), float('-inf'))):
        raise ValueError("Invalid value %s" % t)
    if not isinstance(t, (int, float)):
        if hasattr(type(t), '__float__'):
            t = float(t)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if not _TIME_T_MIN <= t < _TIME_T_END:
        raise OverflowError("timestamp out of range for platform time_t")
    if isinstance(t, float):
        frac, whole = _math.modf(t)
        return int(whole) * 1000000 + round(frac * 1e6)
    return t * 1000000


def _utc_fields(t):
    days, rest = divmod(_timestamp_us(t), 86400000000)
    if not 1 <= days + 719163 <= _MAXORDINAL:
        raise ValueError("year %d is out of range" % _ord2ymd(days + 719163)[0])
    y, m, d = _ord2ymd(days + 719163)
    secs, micro = divmod(rest, 1000000)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, micro


def _local_datetime(cls, t):
    """cls at POSIX timestamp t in local time, fold 1 when the local clock showed the same reading earlier."""
    secs, us = divmod(_timestamp_us(t), 1000000)
    f = _local_fields(secs)
    if not MINYEAR <= f[0] <= MAXYEAR:
        raise ValueError("year %d is out of range" % f[0])
    result = cls(f[0], f[1], f[2], f[3], f[4], f[5], us)
    # the offset a day before: if it was larger, the clock went back and may have shown this reading already
    before = _offset_at(secs - 86400)
    if before > f[10] and _offset_at(secs + f[10] - before) == before:
        result._fold = 1
    return result


# -- time --------------------------------------------------------------------------------------------------

class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and (hour[0] if isinstance(hour, bytes) else ord(hour[0])) & 0x7F < 24:
            # the pickled state: hour (fold in its top bit), minute, second, 3 bytes of microseconds
            state = _state_bytes(hour, 'time')
            tz = minute if minute != 0 else None
            if tz is not None and not isinstance(tz, _tzinfo_class):
                raise TypeError('bad tzinfo state arg')
            self = object.__new__(cls)
            self._hour, self._minute, self._second = state[0] & 0x7F, state[1], state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            self._tzinfo, self._fold, self._hashcode = tz, state[0] >> 7, -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _getstate(self, protocol=3):
        us1, us2, us3 = self._microsecond >> 16, (self._microsecond >> 8) & 0xFF, self._microsecond & 0xFF
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        data = bytes([hour, self._minute, self._second, us1, us2, us3])
        return (data,) if self._tzinfo is None else (data, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            hh, mm, ss, us, tz = _parse_isotime(time_string[1:] if time_string.startswith('T') else time_string)
            return cls(hh, mm, ss, us, tz)
        except (ValueError, IndexError, OverflowError):
            raise ValueError('Invalid isoformat string: %r' % time_string) from None

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s.%s(%d, %d%s)" % (_module_of(self), type(self).__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def strftime(self, format):
        return _strftime(self, format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        return None if self._tzinfo is None else _checked_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        return None if self._tzinfo is None else _checked_name(self._tzinfo.tzname(None))

    def dst(self):
        return None if self._tzinfo is None else _checked_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _tkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _keys(self, other, op):
        """The two times as comparable microsecond counts: plain fields when they share a tzinfo or have the
        same offset, else fields less offsets. None when one is naive and the other aware."""
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
        if self._tzinfo is other._tzinfo:
            return a, b
        a_off, b_off = self.utcoffset(), other.utcoffset()
        if a_off == b_off:
            return a, b
        if a_off is None or b_off is None:
            if op in ('eq', 'ne'):
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return a - a_off._to_microseconds(), b - b_off._to_microseconds()

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._keys(other, op)
        if keys is None:
            return op == 'ne'
        a, b = keys
        return _COMPARE[op](a, b)

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
            self._hashcode = hash(us - off._to_microseconds() if off else us)
        return self._hashcode

    def __bool__(self):
        return True


def _format_time(hh, mm, ss, us, timespec):
    specs = {'hours': '%02d', 'minutes': '%02d:%02d', 'seconds': '%02d:%02d:%02d',
             'milliseconds': '%02d:%02d:%02d.%03d', 'microseconds': '%02d:%02d:%02d.%06d'}
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    return fmt % (hh, mm, ss, us)[:fmt.count('%')]


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# -- datetime ----------------------------------------------------------------------------------------------

_date_class, _time_class = date, time


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if type(year) is not int and isinstance(year, (bytes, str)) and len(year) == 10 and 1 <= (year[2] if isinstance(year, bytes) else ord(year[2])) & 0x7F <= 12:
            # the pickled state: 2 bytes of year, month (fold in its top bit), day, hour, minute, second,
            # 3 bytes of microseconds
            state = _state_bytes(year, 'datetime')
            if month is not None and not isinstance(month, _tzinfo_class):
                raise TypeError('bad tzinfo state arg')
            self = object.__new__(cls)
            self._year, self._month, self._day = state[0] * 256 + state[1], state[2] & 0x7F, state[3]
            self._hour, self._minute, self._second = state[4], state[5], state[6]
            self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            self._tzinfo, self._fold, self._hashcode = month, state[2] >> 7, -1
            return self
        if not (type(year) is int and type(month) is int and type(day) is int and type(hour) is int
                and type(minute) is int and type(second) is int and type(microsecond) is int
                and 1 <= month <= 12 and MINYEAR <= year <= MAXYEAR
                and 1 <= day and (day <= 28 or day <= _DAYS_IN_MONTH[month] or (month == 2 and day == 29 and _is_leap(year)))
                and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and (fold == 0 or fold == 1) and type(fold) is int):
            year, month, day = _check_date_fields(year, month, day)
            hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return _local_datetime(cls, timestamp)
        y, m, d, hh, mm, ss, us = _utc_fields(timestamp)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future "
                      "version. Use timezone-aware objects to represent datetimes in UTC: "
                      "datetime.datetime.fromtimestamp(t, datetime.UTC).", DeprecationWarning, stacklevel=2)
        return cls(*_utc_fields(t))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. "
                      "Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls(*_utc_fields(_time.time()))

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) < 7:
                raise ValueError('too short')
            end = _date_end(date_string)
            y, m, d = _parse_isodate(date_string[:end])
            rest = date_string[end + 1:]
            hh, mm, ss, us, tz = _parse_isotime(rest) if rest else (0, 0, 0, 0, None)
            return cls(y, m, d, hh, mm, ss, us, tz)
        except (ValueError, IndexError, OverflowError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None

    @classmethod
    def strptime(cls, date_string, format):
        y, m, d, hh, mm, ss, us, tz = _strptime(date_string, format)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def utcoffset(self):
        return None if self._tzinfo is None else _checked_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        return None if self._tzinfo is None else _checked_name(self._tzinfo.tzname(self))

    def dst(self):
        return None if self._tzinfo is None else _checked_offset('dst', self._tzinfo.dst(self))

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self._tzinfo
        offset = None if mytz is None else self.utcoffset()
        if offset is None:
            # a naive time (or one whose tzinfo gives no offset) is local time
            mytz = _local_timezone(self if mytz is None else self.replace(tzinfo=None))
            offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = self - offset
        if tz is None:
            # the local zone at that instant (as CPython's C datetime finds it)
            tz = _local_timezone(utc.replace(tzinfo=timezone.utc))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            t = ((self.toordinal() - 719163) * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
            return _utc_of_local(t, self._fold) + self._microsecond / 1e6
        return (self._as_microseconds() - self.utcoffset()._to_microseconds() - 719163 * 86400 * 1000000) / 10 ** 6

    def utctimetuple(self):
        off = self.utcoffset()
        d = self
        if off:
            us = self._as_microseconds() - off._to_microseconds()
            days, rest = divmod(us, 86400000000)
            secs = rest // 1000000
            hh, rest = divmod(secs, 3600)
            mm, ss = divmod(rest, 60)
            if not 1 <= days <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, mo, dd = _ord2ymd(days)
            yday = days - _ymd2ord(y, 1, 1) + 1
            wday = (days + 6) % 7
            return _time_tuple(y, mo, dd, hh, mm, ss, wday, yday, 0)
        yday = d.toordinal() - _ymd2ord(d._year, 1, 1) + 1
        return _time_tuple(d._year, d._month, d._day, d._hour, d._minute, d._second, d.weekday(), yday, 0)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        dst = self.dst()
        return _time_tuple(self._year, self._month, self._day, self._hour, self._minute, self._second,
                           self.weekday(), yday, -1 if dst is None else int(bool(dst)))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = "%s.%s(%s)" % (_module_of(self), type(self).__qualname__, ", ".join(map(str, fields)))
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        return s

    def isoformat(self, sep='T', timespec='auto'):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        return _strftime(self, format, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond)

    def _as_microseconds(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            # the same zone (or both naive): the fields decide
            return _COMPARE[op]((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                 self._microsecond),
                                (other._year, other._month, other._day, other._hour, other._minute, other._second,
                                 other._microsecond))
        a, b = self._as_microseconds(), other._as_microseconds()
        a_off, b_off = self.utcoffset(), other.utcoffset()
        if a_off != b_off:
            if a_off is None or b_off is None:
                if op in ('eq', 'ne'):
                    return op == 'ne'
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a -= a_off._to_microseconds()
            b -= b_off._to_microseconds()
        if a == b and op in ('eq', 'ne') and a_off is not None and (
                self._fold_matters(a_off) or other._fold_matters(b_off)):
            # PEP 495: a time whose offset depends on fold equals no time in another zone
            return op == 'ne'
        return _COMPARE[op](a, b)

    def _fold_matters(self, offset):
        return self._tzinfo is not None and self.replace(fold=not self._fold).utcoffset() != offset

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    def __hash__(self):
        if self._hashcode == -1:
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            us = self._as_microseconds() - (off._to_microseconds() if off else 0)
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._as_microseconds() + other._to_microseconds()
        days, rest = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, micro = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo, fold=0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a_off, b_off = self.utcoffset(), other.utcoffset()
        if (a_off is None) != (b_off is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        us = self._as_microseconds() - other._as_microseconds()
        if a_off is not None and self._tzinfo is not other._tzinfo:
            us -= a_off._to_microseconds() - b_off._to_microseconds()
        return timedelta._from_microseconds(us)

    def _getstate(self, protocol=3):
        us1, us2, us3 = self._microsecond >> 16, (self._microsecond >> 8) & 0xFF, self._microsecond & 0xFF
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        data = bytes([self._year // 256, self._year % 256, month, self._day, self._hour, self._minute,
                      self._second, us1, us2, us3])
        return (data,) if self._tzinfo is None else (data, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

"""time (pytk's own implementation): the clocks and the local time zone come from _time (C#: TZ, the system's
zoneinfo files and POSIX TZ rules, read as the C library reads them); struct_time, asctime/ctime and
strftime/strptime are Python here."""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time,
                   process_time_ns, sleep)
import _time


def _init_timezone():
    # as CPython on glibc: the zone's offsets and names in January and July of this year; the larger offset
    # west of UTC is standard time (southern zones keep their daylight saving time in January)
    global timezone, altzone, daylight, tzname
    year = (365 * 24 + 6) * 3600
    t = int(time()) // year * year
    jan, jul = _time.localtime(t), _time.localtime(t + year // 2)
    janzone, julzone = -jan[10], -jul[10]
    if janzone < julzone:
        timezone, altzone, tzname = julzone, janzone, (jul[9][:9], jan[9][:9])
    else:
        timezone, altzone, tzname = janzone, julzone, (jan[9][:9], jul[9][:9])
    daylight = int(janzone != julzone)


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."""
    _time.tzset()
    _init_timezone()


_init_timezone()

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime(): 9 items, plus tm_zone and tm_gmtoff."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq, dict=None):
        items = tuple(seq)
        if not 9 <= len(items) <= 11:
            if len(items) < 9:
                raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)')
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)')
        self = tuple.__new__(cls, items[:9])
        extra = dict or {}
        self._zone = items[9] if len(items) > 9 else extra.get('tm_zone')
        self._gmtoff = items[10] if len(items) > 10 else extra.get('tm_gmtoff')
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


struct_time.__module__ = 'time'


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


_CUM = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _days_before_month(y, m):
    return _CUM[m - 1] + (1 if m > 2 and _is_leap(y) else 0)


_EPOCH_ORD = _days_before_year(1970) + 1   # ordinal of 1970-01-01 (0001-01-01 is 1)


def _from_ordinal(n):
    """(year, month, day) of proleptic Gregorian ordinal n."""
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    m = 1
    while m < 12 and n >= _days_before_month(y, m + 1):
        m += 1
    return y, m, n - _days_before_month(y, m) + 1


def _seconds(secs):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1)
    return secs.__index__() if not isinstance(secs, int) else secs


def gmtime(secs=None):
    """Seconds since the epoch to a struct_time in UTC."""
    return struct_time(_time.gmtime(_seconds(secs)))


def localtime(secs=None):
    """Seconds since the epoch to a struct_time in local time."""
    return struct_time(_time.localtime(_seconds(secs)))


def _check_tuple(t, fname):
    if not isinstance(t, tuple):
        raise TypeError(f'Tuple or struct_time argument required')
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f'{fname}(): illegal time tuple argument')
    return tuple(t)[:9]


def _c_int(v):
    if not isinstance(v, int):
        v = v.__index__() if hasattr(type(v), '__index__') else v
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    if v > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if v < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return int(v)


def mktime(t):
    """A local-time tuple to seconds since the epoch (a float)."""
    y, mo, d, hh, mm, ss, wd, yd, dst = map(_c_int, _check_tuple(t, 'mktime'))
    if y - 1900 < -2147483648:
        raise OverflowError('year out of range')
    return float(_time.mktime(y, mo, d, hh, mm, ss, dst))


def _now_tuple(t):
    return tuple(localtime()) if t is None else _check_tuple(t, 'asctime')


def asctime(t=None):
    y, mo, d, hh, mm, ss, wd = _now_tuple(t)[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wd][:3], _MONTHS[mo - 1][:3], d, hh, mm, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def _iso_week(y, yday, wday):
    """(ISO year, ISO week) of day-of-year yday (1-based) with weekday wday (Monday 0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        prev = 366 if _is_leap(y) else 365
        return _iso_week(y, yday + prev, wday)
    days = 366 if _is_leap(y) else 365
    if week == 53 and (yday - wday + 3) > days:   # the Thursday of this week is in the next year
        return y + 1, 1
    return y, week


def strftime(format, t=None):
    """Formats a time tuple (default: localtime()) with the C locale's directives."""
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    now = t is None
    if now:
        t = localtime()
    tt = _check_tuple(t, 'strftime')
    y, mo, d, hh, mm, ss, wd, yd, dst = tt
    dst = max(-1, min(1, dst))
    if not 1 <= mo <= 12 and not (not now and mo == 0):
        raise ValueError('month out of range')
    mo = mo or 1
    if not 0 <= hh <= 23:
        raise ValueError('hour out of range')
    if not 0 <= mm <= 59:
        raise ValueError('minute out of range')
    if not 0 <= ss <= 61:
        raise ValueError('seconds out of range')
    if not 1 <= yd <= 366:
        if yd == 0:
            yd = 1
        else:
            raise ValueError('day of year out of range')
    d = d or 1
    wd = wd % 7
    zone = getattr(t, 'tm_zone', None) if isinstance(t, struct_time) else None
    if zone is not None:
        gmtoff = t.tm_gmtoff or 0
    else:
        # a plain tuple: the zone's names, no offset
        zone = '' if dst < 0 else tzname[dst != 0]
        gmtoff = 0
    out = []
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = format[i + 1]
        i += 2
        sunday_wd = (wd + 1) % 7
        if k == 'a': out.append(_DAYS[wd][:3])
        elif k == 'A': out.append(_DAYS[wd])
        elif k in 'bh': out.append(_MONTHS[mo - 1][:3])
        elif k == 'B': out.append(_MONTHS[mo - 1])
        elif k == 'c': out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wd][:3], _MONTHS[mo - 1][:3], d, hh, mm, ss, y))
        elif k == 'C': out.append('%02d' % (y // 100))
        elif k == 'd': out.append('%02d' % d)
        elif k == 'D': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif k == 'e': out.append('%2d' % d)
        elif k == 'F': out.append('%d-%02d-%02d' % (y, mo, d))
        elif k == 'G': out.append(str(_iso_week(y, yd, wd)[0]))
        elif k == 'g': out.append('%02d' % (_iso_week(y, yd, wd)[0] % 100))
        elif k == 'H': out.append('%02d' % hh)
        elif k == 'I': out.append('%02d' % ((hh + 11) % 12 + 1))
        elif k == 'j': out.append('%03d' % yd)
        elif k == 'k': out.append('%2d' % hh)
        elif k == 'l': out.append('%2d' % ((hh + 11) % 12 + 1))
        elif k == 'm': out.append('%02d' % mo)
        elif k == 'M': out.append('%02d' % mm)
        elif k == 'n': out.append('\n')
        elif k == 'p': out.append('AM' if hh < 12 else 'PM')
        elif k == 'r': out.append('%02d:%02d:%02d %s' % ((hh + 11) % 12 + 1, mm, ss, 'AM' if hh < 12 else 'PM'))
        elif k == 'R': out.append('%02d:%02d' % (hh, mm))
        elif k == 's': out.append(str(int(mktime(tt))))
        elif k == 'S': out.append('%02d' % ss)
        elif k == 't': out.append('\t')
        elif k == 'T': out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif k == 'u': out.append(str(wd + 1))
        elif k == 'U': out.append('%02d' % ((yd - 1 - sunday_wd + 7) // 7))
        elif k == 'V': out.append('%02d' % _iso_week(y, yd, wd)[1])
        elif k == 'w': out.append(str(sunday_wd))
        elif k == 'W': out.append('%02d' % ((yd - 1 - wd + 7) // 7))
        elif k == 'x': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif k == 'X': out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif k == 'y': out.append('%02d' % (y % 100))
        elif k == 'Y': out.append(str(y))
        elif k == 'z':
            if dst >= 0 or zone:
                off = abs(gmtoff) // 60
                out.append('%s%02d%02d' % ('-' if gmtoff < 0 else '+', off // 60, off % 60))
        elif k == 'Z': out.append(zone or '')
        elif k == '%': out.append('%')
        else: out.append('%' + k)
    return ''.join(out)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parses a string to a struct_time (datetime's parser)."""
    import _strptime
    return _strptime._strptime_time(string, format)


def get_clock_info(name):
    from types import SimpleNamespace
    info = {
        'time': ('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09),
        'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09),
    }
    if name not in info:
        raise ValueError('unknown clock')
    impl, mono, adj, res = info[name]
    return SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adj, resolution=res)


def thread_time():
    return process_time()


def thread_time_ns():
    return process_time_ns()

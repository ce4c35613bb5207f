"""_strptime (pytk): the strptime entry points CPython's datetime and time modules use, over the parser in
pytk's datetime (datetime._strptime: C-locale directives)."""


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """((year, month, day, hour, minute, second, weekday, julian, -1, tzname, gmtoff), fraction, gmtoff_fraction)."""
    import datetime
    y, m, d, hh, mm, ss, us, tz = datetime._strptime(data_string, format)
    dt = datetime.datetime(y, m, d, hh, mm, ss, us, tz)
    off = dt.utcoffset()
    gmtoff = None if off is None else int(off.total_seconds())
    tzname = None if tz is None else dt.tzname()
    julian = dt.timetuple().tm_yday
    return (y, m, d, hh, mm, ss, dt.weekday(), julian, -1, tzname, gmtoff), us, 0


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9])


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    import datetime
    y, m, d, hh, mm, ss, us, tz = datetime._strptime(data_string, format)
    return cls(y, m, d, hh, mm, ss, us, tz)

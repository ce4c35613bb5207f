"""_strptime (pytk): the strptime entry points CPython's datetime and time modules use, over the parser in
pytk's datetime (datetime._strptime: C-locale directives)."""


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """((year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff), fraction, gmtoff_fraction)."""
    import datetime
    if not isinstance(data_string, str):
        raise TypeError(f"strptime() argument 0 must be str, not {type(data_string)}")
    if not isinstance(format, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(format)}")
    info = {}
    y, m, d, hh, mm, ss, us, tz = datetime._strptime(data_string, format, info)
    dt = datetime.datetime(y, m, d, hh, mm, ss, us, tz)
    off = dt.utcoffset()
    gmtoff = gmtoff_fraction = None
    if off is not None:
        gmtoff = off.days * 86400 + off.seconds
        gmtoff_fraction = off.microseconds if gmtoff >= 0 or not off.microseconds else off.microseconds - 1000000
        if gmtoff < 0 and off.microseconds:
            gmtoff += 1
    julian = dt.timetuple().tm_yday
    return ((y, m, d, hh, mm, ss, dt.weekday(), julian, info.get('isdst', -1), info.get('Z'), gmtoff), us,
            gmtoff_fraction or 0)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    import datetime
    y, m, d, hh, mm, ss, us, tz = datetime._strptime(data_string, format)
    return cls(y, m, d, hh, mm, ss, us, tz)

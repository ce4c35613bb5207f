# Local time as the C library reads TZ: zoneinfo files (transitions, then the POSIX rule of the file's footer),
# POSIX TZ rules, names and offsets; time.mktime's isdst; datetime's local conversions with fold and gaps.
import os
import time
from datetime import datetime, date, timezone, timedelta


def use(tz):
    os.environ['TZ'] = tz
    time.tzset()


for tz in ['America/New_York', 'Australia/Sydney', 'Europe/London', 'Asia/Tehran', 'Asia/Kolkata',
           'EST+05EDT,M3.2.0,M11.1.0', '<+0330>-3:30', 'ABC-2:30:15DEF,J60/-3,300/30',
           '<+03>-3<+04>,M3.5.0/-1,M10.5.0/24', 'XYZ', 'UTC', '']:
    use(tz)
    print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    for t in [0, 1000000000, 1700000000, 1720000000, 2000000000, 4102444800, -2000000000]:
        lt = time.localtime(t)
        print('  ', t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime('%Y-%m-%d %H:%M:%S %Z %z', lt))

use('America/New_York')
print(time.gmtime(0).tm_zone, time.strftime('%Z %z', time.gmtime(0)))
print(repr(time.strftime('%Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, 0))),
      repr(time.strftime('%Z|%z', (2024, 7, 1, 0, 0, 0, 0, 1, 1))),
      repr(time.strftime('%Z|%z', (2024, 1, 1, 0, 0, 0, 0, 1, -1))))
for fields in [(2024, 3, 10, 2, 30, 0), (2024, 11, 3, 1, 30, 0), (2024, 7, 1, 0, 0, 0), (2024, 1, 1, 0, 0, 0),
               (2024, 14, 40, 25, 61, 61)]:
    print(fields, [time.mktime(fields + (0, 0, isdst)) for isdst in (-1, 0, 1)])
for t in (10 ** 17, 10 ** 20):
    try:
        time.gmtime(t)
    except (OSError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.mktime((2 ** 31, 1, 1, 0, 0, 0, 0, 0, 0))
except OverflowError as e:
    print('OverflowError', e)

# datetime: local time from timestamps (fold after the clock goes back), back to timestamps, astimezone
for tz in ['America/New_York', 'Australia/Lord_Howe', 'EST+05EDT,M3.2.0,M11.1.0']:
    use(tz)
    for ts in [0, 1710052199, 1710052200, 1730611799, 1730611800, 1730613600, 1730615400, 1e9 + 0.5]:
        d = datetime.fromtimestamp(ts)
        print(tz, ts, repr(d), d.timestamp(), d.astimezone(), d.replace(fold=1).astimezone(),
              d.astimezone(timezone.utc), date.fromtimestamp(ts))
    for args in [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 10, 6, 2, 15), (2024, 4, 7, 1, 45)]:
        for fold in (0, 1):
            d = datetime(*args, fold=fold)
            print(repr(d), d.timestamp(), d.astimezone(), d.astimezone(timezone.utc))
    aware = datetime(2024, 7, 1, tzinfo=timezone.utc)
    print(aware.astimezone(), aware.astimezone().tzname(), aware.astimezone().utcoffset())

# strptime's %Z: UTC, GMT and the local zone's names
use('America/New_York')
for text in ['+0000 GMT', '+0000 UTC', '-0500 EST', '-0400 EDT']:
    d = datetime.strptime(text, '%z %Z')
    print(repr(d), d.tzname())
for text in ['GMT', 'EST', 'EDT', 'utc']:
    st = time.strptime(text, '%Z')
    print(text, st.tm_isdst, st.tm_zone)
print(repr(datetime.strptime('UTC', '%Z')))

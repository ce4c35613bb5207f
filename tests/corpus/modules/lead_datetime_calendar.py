from datetime import date, datetime, timedelta, time, timezone
import datetime as dtm
start = date(2024, 1, 1)
for i in range(0, 400, 37):
    d = start + timedelta(days=i)
    print(d, d.strftime("%a %d %b %Y %j %U %W %G-W%V-%u"), d.isocalendar(), d.weekday())
print(date(2000, 2, 29) + timedelta(days=365), date(1900, 3, 1) - timedelta(1), date(2023, 12, 31).isocalendar())
dt = datetime(2020, 2, 29, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt - timedelta(days=366), (dt - datetime(2019, 1, 1)).total_seconds())
print(repr(timedelta(days=-1, seconds=5)), timedelta(days=1, microseconds=-1), timedelta(minutes=-90) // timedelta(minutes=60))
print(datetime.strptime("05/Mar/2024:14:22:01 +0100", "%d/%b/%Y:%H:%M:%S %z"), datetime.strptime("2024-12-25", "%Y-%m-%d").date())
print(datetime.strptime("3:04 PM", "%I:%M %p").time(), datetime.strptime("1999", "%Y"), datetime.fromisoformat("2024-01-02T03:04:05.678+05:30"))
print(time(13, 5).strftime("%I:%M %p"), time.fromisoformat("10:20:30.5"), time(23, 59, 59, 999999).isoformat("milliseconds"))
print(dtm.MINYEAR, dtm.MAXYEAR, dtm.UTC, isinstance(datetime.now(), date), issubclass(datetime, date))
deltas = [timedelta(hours=h) for h in (5, -3, 26, 0)]
print(sorted(deltas), sum(deltas, timedelta()), max(deltas) - min(deltas))
events = {date(2024, 5, 1): "may day", date(2024, 12, 25): "xmas"}
print(events[date(2024, 5, 1)], date(2024, 12, 25) in events, len({datetime(2024,1,1), datetime(2024,1,1,0,0)}))
print(datetime(2024, 3, 10, 12, tzinfo=timezone(timedelta(hours=-5))).astimezone(timezone(timedelta(hours=9))))
print(f"{datetime(2024,1,9,8,5):%Y/%m/%d %H.%M}", "{0:%B %d, %Y}".format(date(2024, 7, 4)))
for bad in [lambda: datetime(2024, 1, 1, 25), lambda: date.fromisoformat("2024/01/01")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

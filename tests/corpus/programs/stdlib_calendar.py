# calendar: text and HTML calendars, the week iterators and the module helpers.
import calendar

print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), repr(calendar.weekday(2024, 7, 4)))
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.month_name[3], calendar.day_abbr[6], len(calendar.month_abbr))
print(calendar.MONDAY, calendar.Month.MARCH, list(calendar.Day)[-1])
calendar.prmonth(2024, 2)
print(calendar.month(2023, 12, 3, 1), end='')
print(calendar.weekheader(2))
print(calendar.calendar(2025, 2, 1, 4, 4), end='')
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2021, 8))
print(list(tc.iterweekdays()))
print(tc.monthdayscalendar(2021, 2))
print(list(tc.itermonthdays4(2021, 2))[:8])
print(list(calendar.Calendar(3).itermonthdates(2020, 3))[:3])
print(calendar.Calendar().yeardays2calendar(2024, 6)[1][0][0])
print(calendar.HTMLCalendar(calendar.SATURDAY).formatmonth(2024, 9))
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

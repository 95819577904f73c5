# calendar: leap years, weekday/monthrange, month and year text calendars, monthcalendar,
# Calendar iterators with firstweekday, HTMLCalendar fragments, timegm, day/month names.
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.month(2024, 2))
print(calendar.month(2023, 7, w=3, l=1))
print(calendar.monthcalendar(2024, 3))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print([d for d in c.itermonthdays(2024, 2)][:10])
print(list(c.itermonthdays2(2024, 2))[:3], list(c.itermonthdates(2024, 2))[0])
print(c.monthdayscalendar(2024, 2)[0])
print(calendar.TextCalendar(calendar.MONDAY).formatyear(2024, 2, 1, 1, 3))
print(calendar.TextCalendar().formatweekheader(3))
html = calendar.HTMLCalendar().formatmonth(2024, 1)
print(html.splitlines()[:4])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name)[1:4], list(calendar.month_abbr)[-3:])
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)

# datetime: comparisons, replace, combine, weekday names, timedelta division, date ranges, str formats.
from datetime import date, datetime, timedelta, time, timezone
start = date(2023, 12, 30)
days = [start + timedelta(days=i) for i in range(4)]
print([d.isoformat() for d in days], [d.strftime("%a") for d in days])
dt = datetime.combine(date(2020, 2, 29), time(6, 30))
print(dt, dt.replace(year=2024), dt + timedelta(weeks=1), dt.isoweekday(), dt.timetuple().tm_yday)
print(timedelta(hours=3) / timedelta(minutes=20), timedelta(days=1) / 4, timedelta(seconds=90) % timedelta(minutes=1))
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
print(datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 1), date.min, date.max, timedelta.max)
print(time(23, 59, 59, 999999).isoformat(timespec="milliseconds"), datetime(2001, 2, 3, 4, 5, 6).isoformat(sep=" "))
utc = datetime(2022, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
print(utc.isoformat(), utc.strftime("%Y-%m-%dT%H:%M:%S%z %Z"), datetime.fromisoformat("2022-03-04T05:06:07+00:00") == utc)
print(repr(timedelta(days=-1, seconds=5)), str(timedelta(microseconds=-1)), bool(timedelta(0)))
print(date(2024, 1, 31).replace(day=29), (date(2024, 12, 25) - date(2024, 1, 1)).days, date.fromisoformat("2021-07-04").weekday())

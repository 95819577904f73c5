# time: struct_time from gmtime, strftime, mktime round trip, clocks that advance.
import time
t = time.gmtime(1234567890)
print(t, t.tm_year, t[0], tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p", t), time.asctime(t))
print(time.strftime("%d/%m/%y %I %A %B %%", time.gmtime(0)))
lt = time.localtime(1000000)
print(time.mktime(lt) == 1000000.0, type(time.time()).__name__, type(time.time_ns()).__name__)
a = time.perf_counter(); b = time.perf_counter()
print(b >= a, time.monotonic() > 0, time.gmtime(86400 * 365).tm_yday)
print(time.strptime("2020-02-29 13:14", "%Y-%m-%d %H:%M")[:6])

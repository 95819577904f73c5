"""ferropy's time: the clocks of `_time` (Rust), with `struct_time`, `gmtime`, `localtime`,
`mktime`, `strftime`, `asctime`, `ctime` and `strptime` (CPython's pure `_strptime`)."""

from _time import time, time_ns, perf_counter, monotonic, process_time, sleep
import _time

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def perf_counter_ns():
    return int(perf_counter() * 1e9)


def monotonic_ns():
    return int(monotonic() * 1e9)


def process_time_ns():
    return int(process_time() * 1e9)


thread_time = process_time
thread_time_ns = process_time_ns


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
              "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff")

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            raise TypeError("time.struct_time() takes a sequence of length 9, 10 or 11")
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    def __getattr__(self, name):
        names = struct_time._names
        if name in names:
            i = names.index(name)
            return self[i] if i < 9 else self._extra[i - 9]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(struct_time._names, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))


def gmtime(secs=None):
    return struct_time(_time.gmtime_fields(secs))


def localtime(secs=None):
    return struct_time(_time.localtime_fields(secs))


def mktime(t):
    return _time.mktime(tuple(t)[:9])


def _zones():
    import _time as t
    now = t.localtime_fields(None)
    jan = t.localtime_fields(t.mktime((now[0], 1, 1, 0, 0, 0, 0, 0, -1)))
    jul = t.localtime_fields(t.mktime((now[0], 7, 1, 0, 0, 0, 0, 0, -1)))
    return jan, jul


_jan, _jul = _zones()
timezone = -_jan[10]
altzone = -_jul[10]
daylight = int(_jan[10] != _jul[10])
tzname = (_jan[9], _jul[9])
del _jan, _jul


def tzset():
    pass


def _checked(t):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("function takes exactly 9 arguments (%d given)" % len(t))
    return t


def strftime(format, t=None):
    t = _checked(t)
    if not isinstance(t, struct_time):
        t = struct_time(t)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = tuple(t)
    if not 1 <= mon <= 12:
        raise ValueError("month out of range")
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append("%02d" % mon)
        elif d == "d":
            out.append("%02d" % mday)
        elif d == "e":
            out.append("%2d" % mday)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour % 12) or 12))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % sec)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "C":
            out.append("%02d" % (year // 100))
        elif d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "A":
            out.append(_DAYS[wday])
        elif d in "bh":
            out.append(_MONTHS[mon - 1][:3])
        elif d == "B":
            out.append(_MONTHS[mon - 1])
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif d == "G" or d == "V" or d == "g":
            import datetime
            iy, iw, _ = datetime.date(year, mon, mday).isocalendar()
            out.append(str(iy) if d == "G" else "%02d" % (iy % 100) if d == "g" else "%02d" % iw)
        elif d == "Z":
            out.append(t.tm_zone or (tzname[isdst > 0] if isdst >= 0 else ""))
        elif d == "z":
            off = t.tm_gmtoff
            if off is None:
                off = -(altzone if isdst > 0 else timezone)
            sign = "+" if off >= 0 else "-"
            off = abs(off)
            out.append("%s%02d%02d" % (sign, off // 3600, off // 60 % 60))
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wday][:3], _MONTHS[mon - 1][:3],
                                                      mday, hour, minute, sec, year))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (mon, mday, year % 100))
        elif d == "X" or d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, sec))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (mon, mday, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, mon, mday))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "r":
            out.append("%02d:%02d:%02d %s" % ((hour % 12) or 12, minute, sec,
                                              "AM" if hour < 12 else "PM"))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def asctime(t=None):
    t = _checked(t)
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2],
                                           t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return ("namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)"
                % (self.implementation, self.monotonic, self.adjustable, self.resolution))


def get_clock_info(name):
    if name == "time":
        return _ClockInfo("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09)
    if name in ("monotonic", "perf_counter"):
        return _ClockInfo("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09)
    if name in ("process_time", "thread_time"):
        return _ClockInfo("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09)
    raise ValueError("unknown clock")


_STRUCT_TM_ITEMS = 11
CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3

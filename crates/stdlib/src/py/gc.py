"""ferropy's gc: objects are freed by reference counting, and the cycle collector (native,
`_gc`; see crates/vm/src/gc) finds the reference cycles, automatically after `threshold0`
new container objects and on `collect()`."""

import _gc

garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def collect(generation=2):
    generation = _index(generation)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return _gc.collect(generation)


def enable():
    _gc.enable(True)


def disable():
    _gc.enable(False)


def isenabled():
    return _gc.isenabled()


def get_count():
    return _gc.get_count()


def get_threshold():
    return _gc.get_threshold()


def set_threshold(threshold0, *rest):
    if len(rest) > 2:
        raise TypeError("set_threshold() takes at most 3 arguments (%d given)" % (len(rest) + 1))
    values = [_index(threshold0)] + [_index(r) for r in rest]
    _gc.set_threshold(*[max(v, 0) for v in values])


def get_debug():
    return 0


def set_debug(flags):
    pass


def get_objects(generation=None):
    return []


def get_stats():
    young, full, young_found, full_found = _gc.stats()
    return [
        {"collections": young, "collected": young_found, "uncollectable": 0},
        {"collections": 0, "collected": 0, "uncollectable": 0},
        {"collections": full, "collected": full_found, "uncollectable": 0},
    ]


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return _gc.is_tracked(obj)


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0

"""Interface to weft's garbage collector.

weft frees objects by reference counting and has no cycle collector yet, so
collect() finds nothing and returns 0; the thresholds and counters are kept
only so programs written for CPython run unchanged. Reference cycles leak.
"""

# gc.py owns the `gc` module's Python surface. It must not pretend to find
# garbage: collect() reports 0 because no cycle collector exists.

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_frozen = 0


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def collect(generation=2):
    """Run the garbage collector; returns the number of unreachable objects found
    (always 0: weft has no cycle collector yet)."""
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def get_count():
    """Return the current collection counts."""
    return (0, 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    """Set the collection thresholds."""
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
    _threshold = tuple(t)


def set_debug(flags):
    """Set the garbage collection debugging flags."""
    global _debug
    if not isinstance(flags, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(flags).__name__)
    _debug = flags


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def get_objects(generation=None):
    """weft does not track container objects; returns an empty list."""
    return []


def get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]


def get_referrers(*objs):
    """Not supported by weft's reference counting: returns an empty list."""
    return []


def get_referents(*objs):
    """Not supported by weft's reference counting: returns an empty list."""
    return []


_ATOMIC = (int, float, complex, str, bytes, bool, type(None))


def is_tracked(obj):
    """Returns true if the object would be tracked by a cycle collector: atomic
    objects (numbers, strings, None) are not, containers are."""
    if isinstance(obj, _ATOMIC):
        return False
    if type(obj) is tuple or type(obj) is dict:
        # CPython untracks tuples and dicts that hold only atomic objects.
        items = obj.values() if type(obj) is dict else obj
        for x in items:
            if is_tracked(x):
                return True
        if type(obj) is dict:
            for k in obj:
                if is_tracked(k):
                    return True
        return False
    return True


def is_finalized(obj):
    """Returns true if the object has been finalized by the collector (never, here)."""
    return False


def freeze():
    """Move all tracked objects to a permanent generation (nothing to move in weft)."""
    global _frozen
    _frozen = 0


def unfreeze():
    """Unfreeze the permanent generation."""
    global _frozen
    _frozen = 0


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return _frozen

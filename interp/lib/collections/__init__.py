# collections: container datatypes (CPython 3.11 behaviour).
#
# Owns: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap. Must not: import
# functools or other modules that import collections at their top level (functools
# imports namedtuple from here).

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, eq as _eq

_MISSING = object()
_repr_running = set()


def _guarded_repr(fill):
    # Decorator: a recursive call of __repr__ on the same object returns `fill`.
    def deco(func):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fill
            _repr_running.add(key)
            try:
                return func(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = func.__name__
        wrapper.__qualname__ = func.__qualname__
        wrapper.__doc__ = func.__doc__
        return wrapper
    return deco


def _index(v):
    if type(v) is int:
        return v
    try:
        return type(v).__index__(v)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None


# ---- deque ----------------------------------------------------------------------------
#
# Two lists: `_front` holds the left part reversed (its last item is the leftmost
# element), `_back` the right part in order. Appends and pops at either end are list
# appends and pops; when the end being popped is empty, half of the other list moves
# over, so every operation is amortized O(1). `_state` counts mutations so iterators can
# detect them, as CPython's do.

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""
    __slots__ = ('_front', '_back', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []
        self._back = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._front or self._back:
            self.clear()
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    # -- ends --

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._back.append(x)
        m = self._maxlen
        if m is not None and len(self._front) + len(self._back) > m:
            self._trim_left()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._front.append(x)
        m = self._maxlen
        if m is not None and len(self._front) + len(self._back) > m:
            self._trim_right()

    def _trim_left(self):
        if self._front:
            self._front.pop()
        else:
            self._refill_front()
            self._front.pop()

    def _trim_right(self):
        if self._back:
            self._back.pop()
        else:
            self._refill_back()
            self._back.pop()

    def _refill_front(self):
        # `_front` is empty: move the left half of `_back` (at least one item) over.
        back = self._back
        h = (len(back) + 1) >> 1
        moved = back[:h]
        moved.reverse()
        self._front = moved
        del back[:h]

    def _refill_back(self):
        front = self._front
        h = (len(front) + 1) >> 1
        moved = front[:h]
        moved.reverse()
        self._back = moved
        del front[:h]

    def pop(self):
        """Remove and return the rightmost element."""
        back = self._back
        if not back:
            if not self._front:
                raise IndexError('pop from an empty deque')
            self._refill_back()
            back = self._back
        self._state += 1
        return back.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        front = self._front
        if not front:
            if not self._back:
                raise IndexError('pop from an empty deque')
            self._refill_front()
            front = self._front
        self._state += 1
        return front.pop()

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        m = self._maxlen
        if m is None:
            self._state += 1
            self._back.extend(iterable)
            return
        if m == 0:
            for _ in iterable:
                pass
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        m = self._maxlen
        if m is None:
            self._state += 1
            self._front.extend(iterable)
            return
        if m == 0:
            for _ in iterable:
                pass
            return
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._front = []
        self._back = []

    def _as_list(self):
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def _set_list(self, items):
        self._front = []
        self._back = items

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        size = len(self._front) + len(self._back)
        self._state += 1
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if n <= 16 or size - n <= 16:
            if n <= size >> 1:
                pop = self.pop
                appendleft = self._front.append
                for _ in range(n):
                    appendleft(pop())
            else:
                popleft = self.popleft
                append = self._back.append
                for _ in range(size - n):
                    append(popleft())
            return
        items = self._as_list()
        self._set_list(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._front, self._back = self._back, self._front

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in self._as_list():
            if x is value or x == value:
                n += 1
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        'Return first index of value.'
        start = _index(start)
        stop = _index(stop)
        size = len(self)
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if stop < 0:
            stop += size
            if stop < 0:
                stop = 0
        if stop > size:
            stop = size
        state = self._state
        items = self._as_list()
        for i in range(start, stop):
            x = items[i]
            if x is value or x == value:
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _index(index)
        m = self._maxlen
        if m is not None and len(self) >= m:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        items = self._as_list()
        items.insert(index, value)
        self._set_list(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        state = self._state
        items = self._as_list()
        for i, x in enumerate(items):
            if x is value or x == value:
                if self._state != state:
                    raise IndexError('deque mutated during remove().')
                del items[i]
                self._state += 1
                self._set_list(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            d = deque.__new__(deque)
            d._front = self._front[:]
            d._back = self._back[:]
            d._maxlen = self._maxlen
            return d
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    # -- indexing --

    def _locate(self, i):
        if type(i) is not int:
            if not hasattr(type(i), '__index__'):
                raise TypeError('sequence index must be integer, not %r'
                                % type(i).__name__)
            i = _index(i)
        front = self._front
        lf = len(front)
        size = lf + len(self._back)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        return i, lf

    def __getitem__(self, i):
        i, lf = self._locate(i)
        if i < lf:
            return self._front[lf - 1 - i]
        return self._back[i - lf]

    def __setitem__(self, i, value):
        i, lf = self._locate(i)
        if i < lf:
            self._front[lf - 1 - i] = value
        else:
            self._back[i - lf] = value

    def __delitem__(self, i):
        i, lf = self._locate(i)
        self._state += 1
        if i < lf:
            del self._front[lf - 1 - i]
        else:
            del self._back[i - lf]

    def __contains__(self, value):
        state = self._state
        for x in self._as_list():
            if x is value or x == value:
                return True
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return False

    # -- iteration --

    def __iter__(self):
        return self._iter(self._state)

    def _iter(self, state):
        front = self._front
        back = self._back
        for i in range(len(front) - 1, -1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield front[i]
        for x in back:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield x
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        return self._reversed(self._state)

    def _reversed(self, state):
        front = self._front
        back = self._back
        for i in range(len(back) - 1, -1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield back[i]
        for x in front:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield x
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    # -- representation and comparison --

    @_guarded_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, self._as_list())
        return '%s(%r, maxlen=%d)' % (name, self._as_list(), self._maxlen)

    __hash__ = None

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._as_list(), other._as_list()

    def __eq__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        if p is None:
            return NotImplemented
        return p[0] >= p[1]

    # -- arithmetic --

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        d = self.copy()
        d *= n
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        n = _index(n)
        items = self._as_list()
        self._state += 1
        if n <= 0 or not items:
            self._set_list([])
            return self
        m = self._maxlen
        if m is not None:
            total = len(items) * n
            if total > m:
                # Only the last `m` items survive.
                reps = -(-m // len(items)) + 1
                items = (items * min(n, reps))[-m:]
                self._set_list(items)
                return self
        self._set_list(items * n)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    try:
        from types import GenericAlias
    except ImportError:
        return cls
    return GenericAlias(cls, item)


# ---- defaultdict ----------------------------------------------------------------------

class defaultdict(dict):
    'defaultdict(default_factory=None, /, [...]) --> dict with default factory'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            frepr = repr(factory)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- OrderedDict ----------------------------------------------------------------------
#
# A dict subclass: dicts keep insertion order, so only the operations that move keys
# (move_to_end, popitem(last=False)) and order-sensitive equality need code here.
# move_to_end(last=False) rebuilds the dict (O(n)).

class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for pair in other:
                try:
                    key, value = pair
                except TypeError:
                    raise TypeError("cannot convert dictionary update sequence element "
                                    "#0 to a sequence") from None
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        'Move an existing element to the end (or beginning if last is false).'
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        'Remove and return a (key, value) pair from the dictionary.'
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    @_guarded_repr('...')
    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __reversed__(self):
        return reversed(dict.keys(self))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        'Insert key with a value of default if key is not in the dictionary.'
        if key in self:
            return self[key]
        self[key] = default
        return default

    def pop(self, key, default=_MISSING):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value."""
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- Counter --------------------------------------------------------------------------

class Counter(dict):
    'Dict subclass for counting hashable items.  Sometimes called a bag'

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        'List the n most common elements and their counts from the most'
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys') and \
                    hasattr(iterable, '__getitem__'):
                if self:
                    self_get = self.get
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self_get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # -- comparisons: missing elements count as zero --

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep positive counts only --

    def __add__(self, other):
        """Add counts from two counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        'Subtracts from an empty counter.  Strips positive and zero counts,'
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- namedtuple -----------------------------------------------------------------------

def _caller_module(depth):
    # The `__name__` of the module `depth` frames above the caller, when the VM can tell.
    getframe = getattr(_sys, '_getframe', None)
    if getframe is None:
        try:
            from _weft import _getframe as getframe
        except ImportError:
            return None
    try:
        return getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _field_getter(index, doc):
    def get(self):
        return self[index]
    return property(get, doc=doc)


_tuple_new = tuple.__new__
_tuple_len = tuple.__len__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    'Returns a new subclass of tuple with named fields.'
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    # `__new__` is compiled so that its signature (and its argument errors) name the fields.
    namespace = {'_tuple_new': _tuple_new, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if _tuple_len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _field_getter(index, f'Alias for field number {index}')

    if module is None:
        module = _caller_module(1)
    if module is not None:
        class_namespace['__module__'] = module
    result = type(typename, (tuple,), class_namespace)
    if module is not None:
        result.__module__ = module
    return result


# ---- ChainMap -------------------------------------------------------------------------

class ChainMap:
    'A ChainMap groups multiple dicts (or other mappings) together'

    def __init__(self, *maps):
        'Initialize a ChainMap by setting *maps* to the given mappings.'
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr('...')
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        'New ChainMap with a new map followed by all previous maps.'
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, ChainMap) or isinstance(other, dict) or \
                hasattr(other, 'keys') and hasattr(other, 'items'):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)) and not hasattr(other, 'keys'):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)) and not hasattr(other, 'keys'):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _mapping_views():
    # The ChainMap views come from collections.abc (imported lazily: abc imports nothing
    # from here, but keeping the import out of module start-up keeps `import collections`
    # light).
    from collections.abc import KeysView, ItemsView, ValuesView
    return KeysView, ItemsView, ValuesView


def _KeysView(m):
    return _mapping_views()[0](m)


def _ItemsView(m):
    return _mapping_views()[1](m)


def _ValuesView(m):
    return _mapping_views()[2](m)



def __getattr__(name):
    # `collections.abc` without importing it first works in CPython (site imports it at
    # start-up); load it on first use instead.
    if name == 'abc':
        import collections.abc
        return collections.abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")

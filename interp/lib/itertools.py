# itertools: iterator building blocks (CPython 3.11 behaviour).
#
# Owns: the iterator classes of the `itertools` module (count, cycle, repeat, accumulate,
# chain, compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile,
# tee, zip_longest, product, permutations, combinations, combinations_with_replacement).
# Each is a class whose instances are their own iterators (`iter(x) is x`); the
# combinatoric ones drive an internal generator. Must not: import other library modules
# (functools, collections and others import this one).

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MISSING = object()
_maxsize = 9223372036854775807


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class count:
    'Return a count object whose .__next__() method returns consecutive values.'
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)

    def __reduce__(self):
        return (count, (self._n, self._step))


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_i', '_first')

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('cycle() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('cycle expected 1 argument, got %d' % len(args))
        self._it = iter(args[0])
        self._saved = []
        self._i = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._i
        x = saved[i]
        i += 1
        self._i = 0 if i == len(saved) else i
        return x


class repeat:
    'repeat(object [,times]) -> create an iterator which returns the object'
    __slots__ = ('_obj', '_times')

    def __init__(self, object=_MISSING, times=None):
        if object is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return (repeat, (self._obj,))
        return (repeat, (self._obj, self._times))


def _add(a, b):
    return a + b


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable=_MISSING, func=None, *, initial=None):
        if iterable is _MISSING:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        x = next(self._it)
        total = self._total
        if total is _MISSING:
            total = x
        elif self._func is None:
            total = total + x
        else:
            total = self._func(total, x)
        self._total = total
        return total


class chain:
    'Return a chain object whose .__next__() method returns elements from the'
    __slots__ = ('_sources', '_active')

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is not None:
                for x in active:
                    return x
                self._active = None
            sources = self._sources
            if sources is None:
                raise StopIteration
            for src in sources:
                self._active = iter(src)
                break
            else:
                self._sources = None
                raise StopIteration

    def __class_getitem__(cls, item):
        return cls


class compress:
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_data', '_sel')

    def __init__(self, data=_MISSING, selectors=_MISSING):
        if data is _MISSING:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _MISSING:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        sel = self._sel
        while True:
            d = next(data)
            s = next(sel)
            if s:
                return d


class dropwhile:
    'Drop items from the iterable while predicate(item) is true.'
    __slots__ = ('_pred', '_it', '_done')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            return next(self._it)
        pred = self._pred
        for x in self._it:
            if not pred(x):
                self._done = True
                return x
        raise StopIteration


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_pred', '_it', '_done')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    'Return those items of iterable for which function(item) is false.'
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable, /):
        self._pred = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        if pred is None:
            for x in self._it:
                if not x:
                    return x
        else:
            for x in self._it:
                if not pred(x):
                    return x
        raise StopIteration


class groupby:
    'make an iterator that returns consecutive keys and groups from the iterable'
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_grouper')

    def __init__(self, iterable=_MISSING, key=None):
        if iterable is _MISSING:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        # Reads the next element and its key; StopIteration propagates.
        v = next(self._it)
        kf = self._keyfunc
        self._currkey = v if kf is None else kf(v)
        self._currvalue = v

    def __next__(self):
        self._grouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        key = self._tgtkey = self._currkey
        g = _grouper(self, key)
        self._grouper = g
        return (key, g)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is _MISSING:
            p._step()
        if not (self._tgtkey == p._currkey):
            raise StopIteration
        v = p._currvalue
        p._currvalue = _MISSING
        return v


class islice:
    'islice(iterable, stop) --> islice object'
    __slots__ = ('_it', '_next', '_stop', '_step', '_count')

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        start = 0
        stop = None
        step = 1
        stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if n == 2:
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(stop_msg)
        else:
            if args[1] is not None:
                start = _ssize(args[1])
            if args[2] is not None:
                stop = _ssize(args[2])
                if stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if n == 4 and args[3] is not None:
            step = _ssize(args[3])
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        nxt = self._next
        count = self._count
        while count < nxt:
            if stop is not None and count >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            count += 1
        if stop is not None and count >= stop:
            self._count = count
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        count += 1
        self._count = count
        nxt += self._step
        if stop is not None and nxt > stop:
            nxt = stop
        self._next = nxt
        return x


def _ssize(v):
    # Py_ssize_t conversion as islice does it: -1 for anything not convertible.
    try:
        i = v.__index__()
    except AttributeError:
        return -1
    if i < -_maxsize - 1 or i > _maxsize:
        return -1
    return i


class pairwise:
    'Return an iterator of overlapping pairs taken from the input iterator.'
    __slots__ = ('_it', '_old')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _MISSING:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _tee_chunk:
    # Up to _TEE_CHUNK values read from the shared source, linked to the next chunk; each
    # _tee holds a chunk and an index, so chunks every tee has passed are freed.
    __slots__ = ('vals', 'next', 'src')

    def __init__(self, src):
        self.vals = []
        self.next = None
        self.src = src


_TEE_CHUNK = 57


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_chunk', '_i', '__weakref__')

    def __init__(self, iterable):
        it = iter(iterable)
        if type(it) is _tee:
            self._chunk = it._chunk
            self._i = it._i
        else:
            self._chunk = _tee_chunk(it)
            self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        chunk = self._chunk
        i = self._i
        if i == _TEE_CHUNK:
            nxt = chunk.next
            if nxt is None:
                nxt = chunk.next = _tee_chunk(chunk.src)
            self._chunk = chunk = nxt
            i = 0
        vals = chunk.vals
        if i < len(vals):
            x = vals[i]
        else:
            x = next(chunk.src)
            vals.append(x)
        self._i = i + 1
        return x

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._chunk = self._chunk
        t._i = self._i
        return t


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if type(it) is _tee:
        first = it
    else:
        first = _tee(it)
    out = [first]
    for _ in range(n - 1):
        out.append(first.__copy__())
    return tuple(out)


class zip_longest:
    'zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object'
    __slots__ = ('_its', '_fill', '_active')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        fill = self._fill
        out = []
        for i, it in enumerate(its):
            if it is None:
                out.append(fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                its[i] = None
                out.append(fill)
        return tuple(out)


def _product_gen(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    if n == 0:
        yield ()
        return
    if n == 1:
        for x in pools[0]:
            yield (x,)
        return
    if n == 2:
        a, b = pools
        for x in a:
            for y in b:
                yield (x, y)
        return
    idx = [0] * n
    cur = [p[0] for p in pools]
    yield tuple(cur)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = idx[i] + 1
            if j < len(pool):
                idx[i] = j
                cur[i] = pool[j]
                break
            idx[i] = 0
            cur[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(cur)


class product:
    'Cartesian product of input iterables.  Equivalent to nested for-loops.'
    __slots__ = ('_gen',)

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(x) for x in iterables] * repeat
        self._gen = _product_gen(pools)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _check_r(r):
    if not isinstance(r, int):
        try:
            r = r.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(r).__name__) from None
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    if n == 0:
        return
    while True:
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                j = indices[i]
                del indices[i]
                indices.append(j)
                cycles[i] = n - i
                i -= 1
            else:
                cycles[i] = c
                j = n - c
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        if i < 0:
            return


class permutations:
    'Return successive r-length permutations of elements in the iterable.'
    __slots__ = ('_gen',)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _check_r(r)
        self._gen = _permutations_gen(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


class combinations:
    'Return successive r-length combinations of elements in the iterable.'
    __slots__ = ('_gen',)

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        self._gen = _combinations_gen(pool, _check_r(r))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[i] for i in indices])


class combinations_with_replacement:
    'Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.'
    __slots__ = ('_gen',)

    def __init__(self, iterable=_MISSING, r=_MISSING):
        if iterable is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument "
                            "'iterable' (pos 1)")
        if r is _MISSING:
            raise TypeError("combinations_with_replacement() missing required argument "
                            "'r' (pos 2)")
        pool = tuple(iterable)
        self._gen = _cwr_gen(pool, _check_r(r))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

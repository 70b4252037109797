# heapq: the heap queue algorithm (CPython 3.11 behaviour).
#
# Owns: heappush/heappop/heapify/heapreplace/heappushpop, nlargest/nsmallest, merge, and
# the max-heap helpers CPython keeps private. Must not: import modules that import heapq.
# Comparisons use `<` only, as CPython's do, so results (and ties) match exactly.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, which='argument 1'):
    # Argument Clinic's wording: 'argument' alone for one-parameter functions, and
    # 'None' rather than 'NoneType'.
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() %s must be list, not %s' % (fname, which, got))


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    if type(heap) is not list:
        _check_list(heap, 'heappush')
    heap.append(item)
    # Sift the new leaf up.
    pos = len(heap) - 1
    while pos > 0:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if type(heap) is not list:
        _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    'Pop and return the current smallest value, and add the new item.'
    if type(heap) is not list:
        _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    if type(heap) is not list:
        _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if type(x) is not list:
        _check_list(x, 'heapify', 'argument')
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Moves heap[pos] up towards startpos to its place.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubbles the smaller child up until reaching a leaf, then sifts the item down to its
    # place (fewer comparisons than stopping early; CPython does the same).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup_max(x, i)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    'Merge multiple sorted inputs into a single sorted output.'
    # Entries are [value-or-key, order, (value,) next]; `order` breaks ties so that
    # equal items come out in input order (stable), and is negated for reverse.
    h = []
    if reverse:
        _heapify, _heappop, _heapreplace, direction = \
            _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _heapify, _heappop, _heapreplace, direction = heapify, heappop, heapreplace, 1

    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            nxt = it.__next__
            try:
                h.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
        _heapify(h)
        while len(h) > 1:
            try:
                while True:
                    value, order, nxt = s = h[0]
                    yield value
                    s[0] = nxt()
                    _heapreplace(h, s)
            except StopIteration:
                _heappop(h)
        if h:
            value, order, nxt = h[0]
            yield value
            yield from _rest(nxt)
        return

    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
            h.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                key_value, order, value, nxt = s = h[0]
                yield value
                value = nxt()
                s[0] = key(value)
                s[2] = value
                _heapreplace(h, s)
        except StopIteration:
            _heappop(h)
    if h:
        key_value, order, value, nxt = h[0]
        yield value
        yield from _rest(nxt)


def _rest(nxt):
    while True:
        try:
            v = nxt()
        except StopIteration:
            return
        yield v


def nsmallest(n, iterable, key=None):
    'Find the n smallest elements in a dataset.'
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n best (key, order, value) seen so far; `order` keeps it stable.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    'Find the n largest elements in a dataset.'
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best; orders count down so earlier items win ties.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]

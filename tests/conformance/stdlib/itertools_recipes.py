import itertools
from itertools import (chain, combinations, count, cycle, groupby, islice, repeat, starmap,
                       tee, zip_longest, filterfalse, accumulate, product, pairwise)
from collections import deque
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def tabulate(function, start=0):
    return map(function, count(start))

def consume(iterator, n=None):
    if n is None:
        deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass

print(take(5, tabulate(lambda x: x * x)))
it = iter(range(10)); consume(it, 3); print(next(it))
it = iter(range(10)); consume(it); print(next(it, 'empty'))
print(nth(range(10), 3), nth('abc', 5, 'dflt'))
print(all_equal('aaa'), all_equal('aab'), all_equal(''))
print(quantify([1, 0, 2, 0, 3]), quantify(range(10), lambda x: x % 3 == 0))
print(list(ncycles('ab', 3)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)), list(sliding_window('AB', 3)))
print(first_true([0, None, 3, 4]), first_true([], 'none'), first_true(range(10), pred=lambda x: x > 6))
s = {3, 1, 2}
print(sorted(iter_except(s.pop, KeyError)))
print(list(accumulate(range(1, 11), operator.mul))[-1], list(accumulate([1, 2, 3], initial=10)))
print(sum(1 for _ in product('ab', repeat=5)), list(starmap(operator.sub, pairwise([10, 7, 3, 1]))))
running_max = list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max))
print(running_max)
print(list(islice(cycle(range(3)), 2, 10, 3)))
data = sorted([('a', 1), ('b', 2), ('a', 3), ('c', 4), ('b', 5)], key=operator.itemgetter(0))
print({k: [v for _, v in g] for k, g in groupby(data, key=operator.itemgetter(0))})
fib = lambda: accumulate(repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([a for a, b in islice(fib(), 12)])
print(list(itertools.compress(range(20), cycle([1, 0, 0]))))
print(list(zip(count(1), 'abc')), list(map(operator.mul, count(2, 2), [1, 2, 3])))

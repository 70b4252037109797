import itertools
from itertools import count, cycle, repeat, islice

c = count()
print([next(c) for _ in range(5)], repr(c))
print(list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(repr(count(5)), repr(count(0, 1.0)), repr(count(2, -1)), repr(count(10**20)), repr(count(1.5)))
c = count(3, 2); next(c); print(repr(c))
print(list(zip('abc', count(1))))
for bad in [('a',), (1, 'x'), ([],)]:
    try:
        count(*bad)
    except TypeError as e:
        print('TypeError', e)
print(iter(c) is c, type(c).__name__, type(c).__module__)

cy = cycle('ab')
print([next(cy) for _ in range(5)])
print(list(islice(cycle([1, 2, 3]), 8)))
print(list(cycle([])))
try:
    cycle()
except TypeError as e:
    print('TypeError', e)
def g():
    yield 1
    yield 2
print(list(islice(cycle(g()), 5)))

r = repeat('x', 3)
print(repr(r), next(r), repr(r), r.__length_hint__(), list(r), repr(r))
print(repr(repeat('a')), repr(repeat([1], -5)), list(repeat(1, 0)), list(repeat(2, -1)))
print(list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
try:
    repeat()
except TypeError as e:
    print('TypeError', e)
try:
    repeat(1, 'x')
except TypeError as e:
    print('TypeError', e)
print(list(repeat(None, times=2)))

print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice('abcdefg', 1, 6, 3)), list(islice('abc', None)))
print(list(islice('abc', None, None, None)), list(islice('abc', 5, 10)), list(islice(range(10), 3, 1)))
for args in [(-1,), ('a',), (1.0,), (-1, 2), (1, -2), (0, 5, 0), (0, 5, -1), (0, 5, 'x'), ()]:
    try:
        islice('abc', *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    islice([], 1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
s = islice(count(), 100, 103)
print(list(s), list(s))

# The native itertools iterators: results, reprs, reduce, length hints, subclassing,
# laziness, and argument errors with CPython's messages.
import itertools as it
from itertools import *


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(2**62 - 2, 3)
print(next(c), next(c), next(c), c)
print(count(), count(5), count(1.5), count(2, 1.0), count(3, 2), count(1).__reduce__(), count(1, 2).__reduce__())
print(list(repeat('x', 3)), list(repeat(1, -2)), repeat('a'), repeat('a', 4), repeat('a', 4).__length_hint__())
r = repeat(7, 2)
next(r)
print(r, r.__reduce__(), list(zip(range(3), repeat(None))))
print(list(chain('ab', [1, 2], (), range(2))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(chain[int], type(chain.from_iterable([])).__name__)
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 3)),
      list(islice('abcdefg', None)), list(islice('abcdefg', 3, 3)), list(islice('abc', 0, 10, 2)))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('ab', [1, 1, 1, 1])))
print(list(takewhile(lambda x: x < 3, range(10))), list(dropwhile(lambda x: x < 3, [1, 5, 2, 0])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(7))))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, [[1, 5], iter([7, 2])])))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()), list(zip_longest('a')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)),
      list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')), list(accumulate([2, 3], lambda a, b: a * b, initial=1)))
print(list(product('ab', range(2))), list(product(repeat=2)), list(product('ab', repeat=2)), list(product('ab', [])))
print(len(list(product(range(4), repeat=3))), list(product()))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)),
      list(combinations_with_replacement('', 0)))
print(sum(1 for _ in permutations(range(7), 4)), sum(1 for _ in combinations(range(20), 5)))


class MyCount(count):
    pass


class MyChain(chain):
    def extra(self):
        return 'extra'


m = MyCount(5)
m.tag = 1
print(m, next(m), isinstance(m, count), m.tag, MyChain('ab', 'c').extra(), list(MyChain('ab', 'c')))
print(type(MyChain.from_iterable(['ab'])).__name__)
for t in (count, repeat, chain, islice, cycle, compress, takewhile, dropwhile, filterfalse,
          starmap, pairwise, zip_longest, accumulate, product, permutations, combinations,
          combinations_with_replacement):
    print(t.__name__, t.__module__, t.__doc__.split(chr(10))[0][:40])
x = chain([1])
print(iter(x) is x, x.__next__(), type(x).__name__)


def bad():
    yield 1
    raise ValueError('boom')


show(lambda: list(chain(bad())))
show(lambda: list(islice(bad(), 5)))
show(lambda: list(zip_longest(bad(), 'abc')))
show(lambda: it.repeat(1, None))
show(lambda: it.repeat())
show(lambda: it.repeat(1, 'a'))
show(lambda: it.pairwise())
show(lambda: it.pairwise(x=1))
show(lambda: it.zip_longest(x=1))
show(lambda: it.product(x=1))
show(lambda: it.product(repeat='a'))
show(lambda: it.product(repeat=-1))
show(lambda: it.takewhile(1))
show(lambda: it.starmap(x=1))
show(lambda: it.count('a'))
show(lambda: it.count(1, 2, 3))
show(lambda: it.islice(range(3)))
show(lambda: it.islice(range(3), 'a'))
show(lambda: it.islice(range(3), -1))
show(lambda: it.islice(range(3), 1, -2))
show(lambda: it.islice(range(3), 1, 2, 0))
show(lambda: it.islice(range(3), 2 ** 70))
show(lambda: it.islice(1, 2))
show(lambda: it.cycle())
show(lambda: it.chain(x=1))
show(lambda: it.accumulate())
show(lambda: it.permutations('ab', 'x'))
show(lambda: it.permutations('ab', -1))
show(lambda: it.combinations('ab', -1))
show(lambda: it.combinations('ab'))
show(lambda: it.combinations_with_replacement('ab', 'q'))
show(lambda: it.compress())
show(lambda: it.repeat(1, 2 ** 70))
show(lambda: next(it.takewhile(None, [1])))
show(lambda: next(it.dropwhile(1, [1])))
show(lambda: next(it.starmap(pow, [1])))
show(lambda: it.repeat(1).__length_hint__())
show(lambda: list(it.chain(1)))
show(lambda: list(it.accumulate([1, 'a'])))
print(list(product(repeat=10 ** 18)), list(combinations('abc', 10 ** 6)), list(combinations_with_replacement('', 10 ** 6)))
show(lambda: combinations('ab', 10 ** 12))
show(lambda: combinations_with_replacement('', 10 ** 12))
show(lambda: product('ab', repeat=2 ** 62))
show(lambda: product('ab', repeat=2 ** 63))

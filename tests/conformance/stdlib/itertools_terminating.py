import operator
from itertools import *

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=0)))
try:
    accumulate()
except TypeError as e:
    print('TypeError', e)
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)

print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
def gen():
    yield [1, 2]
    yield [3]
print(list(chain.from_iterable(gen())))
print(list(chain(*[[i] * i for i in range(4)])))

print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [1, 1])), list(compress('ab', count())))
try:
    compress([1])
except TypeError as e:
    print('TypeError', e)

print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(bool, [1, 0, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', [], None])))
tw = takewhile(lambda x: x < 2, iter([1, 2, 0]))
print(list(tw), list(tw))

print([(k, list(g)) for k, g in groupby('aaabbcdddd')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([k for k, g in groupby('aabbbc')])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('xxyyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print(list(groupby([])))
print(type(next(groupby('a'))[1]).__name__)
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, ws in groupby(words, key=operator.itemgetter(0)):
    print(letter, list(ws))

print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(operator.add, [[1, 2], 'ab'])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print('TypeError', e)

a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
ts = tee(iter('abc'), 3)
print(len(ts), [list(t) for t in ts])
print(tee([1], 0))
try:
    tee([], -1)
except ValueError as e:
    print('ValueError', e)
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee(count())
print([next(a) for _ in range(100)][-1], next(b))
c, d = tee(a)
print(next(c), next(d), next(a))
print(type(a).__name__)

print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1, 2], [], [3])))
print(list(zip_longest('a', fillvalue=0)))
try:
    zip_longest(1)
except TypeError as e:
    print('TypeError', e)

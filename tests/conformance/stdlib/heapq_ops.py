import heapq
from heapq import *

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heappush(h, x)
print(h, [heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data); print(data, data[0])
print(heapreplace(data, 10), data[0], heappushpop(data, -1), heappushpop(data, 4), data[0])
print(sorted(data) == [heappop(data) for _ in range(len(data))])
for f, args in [(heappop, ([],)), (heapreplace, ([], 1)), (heappush, ((), 1)), (heapify, (None,)), (heappush, ([1], 'a'))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heappushpop([], 5))
h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heappush(h, item)
print([heappop(h) for _ in range(4)])
vals = [(i * 7919) % 101 for i in range(200)]
h = []
for v in vals:
    heappush(h, v)
out = [heappop(h) for _ in range(len(h))]
print(out == sorted(vals), out[:10])
h = list(vals); heapify(h)
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))

print(nlargest(3, vals), nsmallest(3, vals), nlargest(0, vals), nsmallest(-1, vals))
print(nlargest(1, vals), nsmallest(1, []), nlargest(5, [3, 1]), nsmallest(10, iter([4, 2, 3])))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum']
print(nlargest(3, words, key=len), nsmallest(3, words, key=len), nsmallest(2, iter(words), key=lambda w: w[-1]))
print(nlargest(2, iter(words), key=len), nlargest(1, words, key=len), nsmallest(1, words, key=len))
pairs = [(1, 'a'), (1, 'b'), (0, 'c'), (1, 'd'), (2, 'e')]
print(nlargest(3, pairs, key=lambda p: p[0]), nsmallest(3, pairs, key=lambda p: p[0]))
print(nlargest(3, iter(pairs), key=lambda p: p[0]), nsmallest(3, iter(pairs), key=lambda p: p[0]))

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 1], [8, 2, 0], reverse=True)), list(merge()), list(merge([], [1])))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(merge(['a', 'bb'], ['c', 'dd'], key=len, reverse=False)), list(merge(['ccc', 'a'], ['bb', 'd'], key=len, reverse=True)))
m = merge(iter([1, 4]), iter([2, 3]))
print(next(m), list(m))
print(heapq.__all__)

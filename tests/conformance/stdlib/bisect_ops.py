import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 8, hi=3), bisect_right(a, 0, lo=4))
print(bisect_left([], 1), bisect_right([], 1))
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
l = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    insort(l, x)
print(l)
insort_left(l, 4); insort_right(l, 4, 0, len(l)); print(l)
t = [(1, 'a'), (1, 'b')]
insort_left(t, (1, 'a')); print(t)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]), bisect_left(recs, 4, key=lambda r: r[1]))
insort_left(recs, ('x', 3), key=lambda r: r[1]); print(recs)
insort_right(recs, ('y', 3), key=lambda r: r[1]); print(recs)
insort(recs, ('z', 0), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect_left('acegi', 'd'), bisect_right(range(0, 100, 5), 42))
try:
    bisect_left([1, 'a'], 2)
except TypeError as e:
    print('TypeError', e)
big = list(range(0, 100000, 3))
print(bisect_left(big, 29999), bisect_right(big, 30000), sum(bisect_left(big, i) for i in range(0, 1000, 7)))

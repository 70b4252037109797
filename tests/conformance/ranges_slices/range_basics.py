print(list(range(5)), list(range(2, 7)), list(range(0, 20, 3)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
print(range(5), range(2, 7), range(0, 20, 3), range(10, 0, -2), repr(range(0)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, 7 in r, 8 in r, r.index(11), r.count(15))
print(r[1:4], r[::-1], list(r[::2]), r[100:], list(range(10)[::-3]))
print(len(range(0)), len(range(-5)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0, -10, -1)))
print(range(0, 5) == range(0, 5), range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 3, 5))
print(list(range(-3, 3)), list(range(-1, -10, -3)))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, big[10 ** 17])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(range(4))), bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3)), type(range(1)).__name__)

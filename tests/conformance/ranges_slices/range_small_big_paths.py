# Ranges built from small ints and from big ints answer alike: length (and its overflow),
# truth, reversed iteration, slicing, equality, hash, count and containment.
import sys
big = 2**63
cases = [(5,), (0,), (-3,), (2, 9), (9, 2), (1, 20, 3), (20, 1, -3), (-5, 5, 2), (0, 10, -1),
         (-big, big - 1), (big - 10, big + 5, 3), (-big, big, 2**62), (0, 2**64, 2**63), (5, -5, -(2**63)),
         (-(2**63), 2**63 - 1, -(2**63)), (3, 3), (True, 5), (0, 10, True)]
for c in cases:
    r = range(*c)
    try:
        n = len(r)
    except OverflowError as e:
        n = str(e)
    it = reversed(r)
    print(c, n, bool(r), [next(it, None) for _ in range(4)], r[:3], r == range(*c), hash(r) == hash(range(*c)), r.count(c[0]), c[0] in r)
for c in [(1, 2, 0)]:
    try:
        range(*c)
    except ValueError as e:
        print(type(e).__name__, e)
print(len(range(-big, big)) if False else "skip")
try:
    len(range(-2**63, 2**63))
except OverflowError as e:
    print(type(e).__name__, e)

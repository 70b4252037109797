# randrange and randint: one, two and three arguments, negative steps, big ranges, errors.
import random

random.seed(314)
print([random.randrange(10) for _ in range(15)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-50, -10, 4) for _ in range(10)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-3, 3) for _ in range(10)])
print(random.randrange(10 ** 30), random.randrange(-10 ** 25, 10 ** 25, 3))
print(random.randint(0, 0), random.randrange(1), random.randrange(True, 5))
print(random.randrange(2**64, 2**65), random.randint(2**70, 2**70 + 5))

cases = [(0,), (-5,), (5, 2), (5, 5), (1, 5, 0), (1, 5, -1), (5, 1, 1), ("a",), (1, "b"),
         (0, 10, None), (None,), ([],)]
for args in cases:
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    random.randrange(5, step=2)
except TypeError as e:
    print(type(e).__name__, e)
for args in [(3, 1), (1, None), ("1", 2)]:
    try:
        print(args, random.randint(*args))
    except Exception as e:
        print(args, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 9


print(random.randrange(Idx()), random.randrange(2, Idx()))

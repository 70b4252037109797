# Slicing and slice assignment of lists and tuples with small-int, None, negative,
# out-of-range, huge and __index__ bounds; every step sign; assignment of every length
# (from temporaries, from the list itself, from tuples, from other iterables), deletion;
# errors.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Tracked:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Tracked.log.append(self.name)


base = list(range(10))
bounds = [None, 0, 1, 3, 9, 10, 11, 100, -1, -3, -9, -10, -11, -100, 2**70, -(2**70)]
steps = [None, 1, 2, 3, -1, -2, -3, 9, -9, 10, -10, 100, -100]

for st in steps:
    rows = []
    for a in bounds:
        for b in bounds:
            rows.append(base[a:b:st] == list(tuple(base)[a:b:st]))
            rows.append(len(base[a:b:st]))
    print("step", st, sum(rows[0::2]), rows[1::2])

print(base[Idx(2):Idx(-2)], base[Idx(8):Idx(1):Idx(-2)], tuple(base)[Idx(1)::Idx(3)])
print(base[True:5], base[False:True], base[::True])
print(base[-3:], base[:-3], base[::-1], base[5::-1], base[:5:-1], base[-1:-5:-1])
print(tuple(base)[::-1], tuple(base)[3::-1], tuple(base)[:], tuple(base)[2:2])
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t[0:] is t, t[::-1])

for key in [slice(0, 1, 0), slice("a", 1), slice(0, "b"), slice(0, 1, "c"),
            slice(0, 1.5), slice(None, None, 0)]:
    for seq in (base, tuple(base)):
        try:
            print(seq[key])
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

# Assignment of every length difference, from fresh lists (temporaries).
for lo in [None, 0, 2, 5, 9, 10, 12, -2, -12]:
    for hi in [None, 0, 3, 5, 10, 12, -1, -12]:
        for n in range(0, 5):
            a = list(range(8))
            a[lo:hi] = list(range(100, 100 + n))
            print(lo, hi, n, a)

# The fannkuch step: reverse a prefix in place.
perm = [3, 1, 4, 0, 2, 6, 5]
flips = 0
while perm[0] != 0:
    k = perm[0]
    perm[:k + 1] = perm[k::-1]
    flips += 1
print(perm, flips)

# Assigning the list to (a slice of) itself, tuples, iterators, strings, errors.
a = list(range(6))
a[2:4] = a
print(a)
a = list(range(6))
a[::2] = a[::-2]
print(a)
a = list(range(6))
a[1:3] = (7, 8, 9)
print(a)
a[::-1] = (x * 2 for x in range(len(a)))
print(a)
a[:] = "xyz"
print(a)
a[len(a):] = range(3)
print(a)
a[:0] = [None]
print(a)
b = [1, 2]
c = b[:]
a[1:1] = b
b.append(3)
print(a, b, c)
keep = [10, 20, 30]
a = [0, 1, 2, 3]
a[1:3] = keep
keep[0] = -1
print(a, keep)
for bad in [5, None, 1.5]:
    try:
        a[0:2] = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[0:2:0] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["x":] = []
except TypeError as e:
    print(type(e).__name__, e)
a = list(range(10))
a[Idx(2):Idx(5)] = []
print(a)
a[2**70:] = [99]
a[:-(2**70)] = [-99]
print(a)

# Deletion.
for key in [slice(None), slice(2, 5), slice(None, None, 2), slice(None, None, -3),
            slice(8, 2, -2), slice(20, 30), slice(-3, None)]:
    a = list(range(10))
    del a[key]
    print(key, a)

# Replaced items are released last first, after the assignment.
Tracked.log = []
a = [Tracked("a"), Tracked("b"), Tracked("c"), Tracked("d")]
a[1:3] = [Tracked("x")]
print(Tracked.log, [t.name for t in a])
Tracked.log = []
a[0:3] = [1, 2, 3]
print(Tracked.log)
Tracked.log = []
a = [Tracked("p"), Tracked("q"), Tracked("r")]
a[::-1] = [7, 8, 9]
print(Tracked.log, a)
Tracked.log = []
a = [Tracked("m"), Tracked("n"), Tracked("o")]
del a[:]
print(Tracked.log, a)


class L(list):
    pass


a = L([1, 2, 3])
print(type(a[:]).__name__, a[::-1])
x = [5, 6, 7]
x[0:1] = L([8, 9])
print(x)

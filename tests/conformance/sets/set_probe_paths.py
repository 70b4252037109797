# Set probing with removals (dummy slots), colliding hashes decided by Python __eq__,
# negative small ints, and tables that grow and shrink; iteration order must match CPython.


class K:
    calls = 0

    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


# The nqueens pattern: add/remove small ints (negative too) many times.
cols, d1, d2 = set(), set(), set()
trace = []
for row in range(6):
    for c in range(-7, 8):
        cols.add(c)
        d1.add(row + c)
        d2.add(row - c)
        trace.append((c in cols, (row + c) in d1, (row - c - 1) in d2))
        if c % 3:
            cols.remove(c)
            d1.discard(row + c)
            d2.remove(row - c)
print(sorted(cols), sorted(d1), sorted(d2))
print(list(cols), list(d1), list(d2))
print(sum(a for a, _, _ in trace), sum(b for _, b, _ in trace), sum(c for _, _, c in trace))

# Many dummies in a small table, then lookups that must walk past them.
s = set(range(5))
for i in range(200):
    s.add(100 + i)
    s.remove(100 + i)
print(list(s), len(s), 99 in s, 3 in s, -3 in s)
s = set()
for i in range(-40, 40, 3):
    s.add(i)
for i in range(-40, 40, 6):
    s.discard(i)
print(list(s), [i in s for i in range(-40, 40, 7)])

# Colliding hashes: equality decided by __eq__, with removals between.
ks = [K(i, i % 4) for i in range(12)]
s = set()
for k in ks:
    s.add(k)
print(len(s), list(s))
for k in ks[::3]:
    s.remove(K(k.v, k.h))
print(len(s), list(s), [K(i, i % 4) in s for i in range(14)])
s.add(K(0, 0))
s.add(K(3, 3))
print(len(s), list(s))
try:
    s.remove(K(99, 1))
except KeyError as e:
    print(type(e).__name__, e)
print(K(5, 1) in s, K(5, 2) in s)

# Ints and equal floats/bools hashing alike.
s = {1, 2.0, True, 0, False, -1, -2, -1.0}
print(sorted(s), len(s), 1.0 in s, 2 in s, -1.0 in s, -2.0 in s)
s.discard(1.0)
s.discard(-2)
print(sorted(s), 1 in s, True in s, -2.0 in s)

# An __eq__ that mutates the set while it is probed.


class Mut:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.target:
            t = self.target
            self.target = None
            t.clear()
            t.update(range(20, 30))
        return False


t = set()
t.add(Mut(1, None))
t.add(Mut(2, None))
probe = Mut(3, t)
print(probe in t, len(t), sorted(x for x in t if isinstance(x, int)))

# Growth and pop order.
s = set()
for i in range(50):
    s.add(i * 7 - 100)
    if i % 5 == 0:
        s.discard(i * 7 - 135)
print(list(s))
out = []
while s:
    out.append(s.pop())
print(out[:20], len(out))

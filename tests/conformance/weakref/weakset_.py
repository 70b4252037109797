import weakref
class E:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"E({self.n})"
items = [E(i) for i in range(5)]
s = weakref.WeakSet(items)
print(len(s), items[0] in s, E(0) in s, 3 in s)
items.pop()
print(len(s), sorted(e.n for e in s))
extra = E(9)
s.add(extra)
s.add(extra)
print(len(s))
s.discard(extra)
print(len(s))
try:
    s.remove(extra)
except KeyError as e:
    print(type(e).__name__)
x = s.pop()
print(type(x).__name__, len(s))
items.clear()
print(len(s) <= 1, sorted(e.n for e in s) == ([x.n] if x in s else []))
a, b, c = E(1), E(2), E(3)
s1 = weakref.WeakSet([a, b])
s2 = weakref.WeakSet([b, c])
print(sorted(e.n for e in s1 | s2), sorted(e.n for e in s1 & s2), sorted(e.n for e in s1 - s2), sorted(e.n for e in s1 ^ s2))
print(s1 == weakref.WeakSet([b, a]), s1.issubset([a, b, c]), s1 <= s2, s1.isdisjoint(s2))
del b
print(len(s1), len(s2), sorted(e.n for e in s1))
try:
    s1.add(1)
except TypeError as e:
    print(type(e).__name__, e)

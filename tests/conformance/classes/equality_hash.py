class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self):
        return hash(self.v)
print(hash(H(1)) == hash(H(1)), len({H(1), H(1), H(2)}))
class Default:
    pass
d1 = Default()
print(d1 == d1, d1 != Default(), hash(d1) == hash(d1))
class NeOnly:
    def __eq__(self, o):
        return True
print(NeOnly() == 1, NeOnly() != 1)
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print([AlwaysEqual()].count(5), 5 in [AlwaysEqual()], [1, 2].index(AlwaysEqual()) if False else "skip")
class Tracker:
    calls = []
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        Tracker.calls.append((self.n, getattr(o, "n", o)))
        return NotImplemented
print(Tracker(1) == Tracker(2), Tracker.calls)

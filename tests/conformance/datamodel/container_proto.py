class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self):
        print("reversed called")
        return iter(self.d[::-1])
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(SeqOnly())), list(SeqOnly()), 10 in SeqOnly(), 5 in SeqOnly())
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(object())
except TypeError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self): return 0
class BoolBoth:
    def __len__(self): return 0
    def __bool__(self): return True
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
print(bool(BoolLen()), bool(BoolBoth()), bool(object()))
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class IterOnly:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly())
class Contains:
    def __contains__(self, x): return x == "yes"
    def __iter__(self): return iter(["no"])
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class ContainsTruthy:
    def __contains__(self, x): return [1]
print(1 in ContainsTruthy())
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in NoIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), max(Counter()))
class LH:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1, 2])
print(list(LH()))
class GetItemSlice:
    def __getitem__(self, k):
        return repr(k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
g = GetItemSlice()
print(g[1], g[1:2], g[::3], g[1:2, 3], g[...], g["a"])
g[1:5] = [1]
del g[::2]
g[1, 2] = 3
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable), callable(5))

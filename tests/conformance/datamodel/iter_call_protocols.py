class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), sorted(Countdown(4)), sum(Countdown(5)), tuple(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
x, *rest = Countdown(4)
print(x, rest)
print({n: n * n for n in Countdown(3)}, set(Countdown(2)) == {1, 2})
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
it = It()
print(next(it), list(it), list(it), next(it, "end"))
class BadNext:
    def __iter__(self): return self
try:
    for _ in BadNext(): pass
except TypeError as e:
    print(type(e).__name__, e)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), list(map(add5, [1, 2])), callable(add5))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class CallMeta(type):
    def __call__(cls, *a):
        return ("made", cls.__name__, a)
class Made(metaclass=CallMeta):
    pass
print(Made(1, 2))
class GetItemIter:
    def __getitem__(self, i):
        if i < 3: return i * 2
        raise IndexError
print(list(GetItemIter()), 4 in GetItemIter(), [x for x in GetItemIter()])
it2 = iter(GetItemIter())
print(type(it2).__name__, next(it2), next(it2))
class StopInGetItem:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(StopInGetItem()))

print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(4)), all(x < 4 for x in range(4)))
print(any("abc"), all(""), any([[]]), all([[]]))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(5), 0)))
r = iter(range(3))
print(iter(r) is r, next(r))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)

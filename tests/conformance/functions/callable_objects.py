class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5), callable("s"), callable(len), callable(lambda: 0))
print(list(map(add5, [1, 2, 3])))
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return args, kwargs
c = Counter()
print(c(1, 2, k=3), c(), c.count)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
five, text, nothing = 5, "s", None
try:
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)

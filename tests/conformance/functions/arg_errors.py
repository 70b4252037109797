def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(x=1),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{"a": 1}),
    lambda: f(1, **{"a": 2}),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1, 2),
]
for i, t in enumerate(tests):
    try:
        t()
    except TypeError as e:
        print(i, type(e).__name__, e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def kwonly(*, x, y):
    pass
try:
    kwonly()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def m(self, a):
        return a
try:
    C().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

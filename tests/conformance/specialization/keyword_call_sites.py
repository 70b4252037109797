# Call sites passing keyword arguments to Python functions, warmed up and then changed:
# keywords in another order than the parameters, defaults for the rest, bound methods,
# cells for parameters, defaults replaced or removed after warm-up, the site's callable
# rebound, and the errors CPython raises.


def kw(a, b=2, c=3, d=4):
    return a * 1 + b * 10 + c * 100 + d * 1000


def cell_param(x, y=5):
    def inner():
        return x * y
    return inner()


class Acc:
    def __init__(self):
        self.total = 0

    def push(self, v, times=1, scale=1):
        self.total += v * times * scale
        return self


def run(n):
    s = 0
    acc = Acc()
    for i in range(n):
        s += kw(i, d=1)
        s += kw(1, d=i, c=2)
        s += kw(a=i)
        s += kw(c=1, a=2, b=i)
        s += cell_param(i, y=2)
        s += cell_param(x=i)
        acc.push(i, scale=2).push(v=1, times=3)
    return s, acc.total


print(run(300))


def call_site(f, i):
    return f(i, c=7)


def other(a, c=0, z=9):
    return a - c + z


print(sum(call_site(kw, i) for i in range(200)))
print(sum(call_site(other, i) for i in range(50)))
print(sum(call_site(kw if i % 2 else other, i) for i in range(50)))

# Defaults replaced, then removed, after warm-up.
kw.__defaults__ = (20, 30, 40)
print(run(5))
kw.__defaults__ = (2, 3)
try:
    print(run(5))
except TypeError as e:
    print(type(e).__name__, e)
kw.__defaults__ = (2, 3, 4)


def bad(i):
    return kw(i, a=1)


for i in range(60):
    try:
        bad(i)
    except TypeError as e:
        if i % 20 == 0:
            print(type(e).__name__, e)


def unknown(i):
    return kw(i, e=1)


for i in range(60):
    try:
        unknown(i)
    except TypeError as e:
        if i % 20 == 0:
            print(type(e).__name__, e)


# The function rebound after warm-up: the identity guard must notice.
def target(a, b=1):
    return a + b


def through(i):
    return target(i, b=2)


print(sum(through(i) for i in range(100)))
target = lambda a, b=1: a * b
print(sum(through(i) for i in range(100)))


# Keyword-only parameters and **kwargs take the generic path.
def kwonly(a, *, k=1):
    return a + k


def anykw(a, **kw):
    return a + sum(kw.values())


print(sum(kwonly(i, k=i) + anykw(i, x=1, y=i) for i in range(100)))


# Recursion through a keyword call.
def depth(n, acc=0):
    if n == 0:
        return acc
    return depth(n - 1, acc=acc + n)


print(depth(200))

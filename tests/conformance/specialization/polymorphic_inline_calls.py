# Call sites that see several different Python functions (and bound methods) while hot:
# each call runs as an inline frame whatever function the site cached. Checks results,
# defaults, closures and cells, generators and coroutines at such sites, exceptions and
# tracebacks through them, handled exceptions, recursion limits and __init__ results.
import sys
import traceback


def one(x):
    return ("one", x)


def two(x, y=10):
    return ("two", x, y)


def three(x, y=20, z=30):
    return ("three", x, y, z)


def make_closure(k):
    def inner(x):
        return ("closure", x + k)
    return inner


def with_cell(x):
    def get():
        return x * 2
    return ("cell", get())


def gen(x):
    yield ("gen", x)
    yield ("gen", x + 1)


def star(*args):
    return ("star", args)


def kwonly(x, *, k=5):
    return ("kwonly", x, k)


def call_each(fs, arg):
    out = []
    for f in fs:
        r = f(arg)
        if hasattr(r, "__next__"):
            r = list(r)
        out.append(r)
    return out


fs = [one, two, three, make_closure(3), make_closure(7), with_cell, gen, star, kwonly,
      lambda v: ("lambda", v), repr, str]
for rnd in range(3):
    res = call_each(fs, rnd * 5)
    print(rnd, res[:9])
total = 0
for i in range(3000):
    f = fs[i % 6]
    total += len(f(i))
print("total", total)


class Base:
    def __init__(self, n):
        self.n = n

    def run(self, x):
        return ("base", self.n, x)


class A(Base):
    def run(self, x):
        return ("A", self.n + x)


class B(Base):
    def run(self, x, extra=100):
        return ("B", self.n, x, extra)


class C(Base):
    def run(self, x):
        return ("C", super().run(x))


class D(Base):
    def run(self, *xs):
        return ("D", xs)


class E(Base):
    def run(self, x):
        if x % 7 == 3:
            raise ValueError("E fails at %d" % x)
        return ("E", x)


objs = [A(1), B(2), C(3), D(4), E(5), Base(6)]
counts = {}
errors = 0
for i in range(4000):
    o = objs[i % len(objs)]
    try:
        r = o.run(i)
    except ValueError as e:
        errors += 1
        r = ("err", str(e)[:8])
    counts[r[0]] = counts.get(r[0], 0) + 1
print(sorted(counts.items()), errors)

bound = [o.run for o in objs]
print([m(2) if not isinstance(m.__self__, E) else m(1) for m in bound])
acc = []
for i in range(600):
    m = bound[i % 4]
    acc.append(m(i)[0])
print(acc[:8], len(acc))


# Tracebacks through polymorphic inline frames.
def fail_a(x):
    return 1 // (x - x)


def fail_b(x):
    return [][x]


def fail_c(x):
    raise KeyError(x)


def relay(f, x):
    return f(x)


for i in range(9):
    f = (fail_a, fail_b, fail_c)[i % 3]
    try:
        relay(f, i)
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, [fr.name for fr in tb])


# Exceptions being handled across such calls.
def current():
    return sys.exc_info()[0]


def current2():
    return (sys.exc_info()[0], "2")


def inside(f):
    try:
        raise IndexError("x")
    except IndexError:
        return f()


for i in range(6):
    print(inside((current, current2)[i % 2]), sys.exc_info()[0])


# Recursion through alternating functions still hits the limit cleanly.
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


def go(f, n):
    return f(n)


for f in (ping, pong, ping):
    try:
        go(f, 0)
    except RecursionError as e:
        print("RecursionError", e)


# __init__ that returns something at a hot class-call site.
class Good:
    def __init__(self, v):
        self.v = v


class Bad:
    def __init__(self, v):
        return v


made = []
for i in range(8):
    cls = (Good, Bad)[i % 2 if i > 3 else 0]
    try:
        made.append(cls(i).v)
    except TypeError as e:
        made.append(str(e))
print(made)


# Functions whose defaults or code change while the site is hot.
def target(a, b=1):
    return a + b


def site(f, x):
    return f(x)


vals = []
for i in range(12):
    if i == 4:
        target.__defaults__ = (100,)
    if i == 8:
        target.__defaults__ = None
    try:
        vals.append(site(target, i))
    except TypeError as e:
        vals.append(str(e))
print(vals)

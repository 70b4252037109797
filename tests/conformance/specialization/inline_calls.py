# Python-to-Python calls run inline by the eval loop (specialized CALL forms): results,
# exceptions crossing inline frames, tracebacks, handled exceptions, recursion limits,
# __init__ results, generators and frame introspection, all while the call sites are hot.
import sys
import traceback


def add(a, b):
    return a + b


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(15)])
print("add", sum(add(i, i) for i in range(200)))


def boom(x):
    return 10 // x


def middle(x):
    return boom(x) + 1


def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        return "caught " + str(e)


print("outer", [outer(i - 5) for i in range(10)])


def tb_depth(exc):
    n = 0
    tb = exc.__traceback__
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


def names_in_tb(exc):
    return [fs.name for fs in traceback.extract_tb(exc.__traceback__)]


for i in range(6):
    try:
        middle(0 if i % 2 else 1)
        print("no error", i)
    except ZeroDivisionError as e:
        print("tb", i, tb_depth(e), names_in_tb(e))


def raises_handled():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0].__name__


for i in range(5):
    print("handled", raises_handled(), sys.exc_info()[0])


def returns_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return add(1, 2)


for i in range(4):
    print("ret in except", returns_in_except(), sys.exc_info()[0])


def context_chain():
    try:
        raise ValueError("first")
    except ValueError:
        return boom(0)


for i in range(3):
    try:
        context_chain()
    except ZeroDivisionError as e:
        print("context", type(e.__context__).__name__, e.__context__)


def down(n):
    return down(n + 1)


for i in range(3):
    try:
        down(0)
    except RecursionError as e:
        print("recursion", type(e).__name__, e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth", depth(500), depth(800))
old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
try:
    depth(400)
except RecursionError as e:
    print("limit 150", e)
print("depth under limit", depth(100))
sys.setrecursionlimit(old)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Point(self.x * k, self.y * k)


total = 0
for i in range(300):
    p = Point(i, i + 1).scaled(2)
    total += p.norm2()
print("points", total)


class BadInit:
    def __init__(self, v):
        self.v = v
        if v > 3:
            return v


made = []
for i in range(8):
    try:
        made.append(BadInit(i).v)
    except TypeError as e:
        print("badinit", i, e)
print("made", made)


class FailingInit:
    def __init__(self, v):
        if v == 5:
            raise ValueError("bad v")
        self.v = v


for i in range(8):
    try:
        print("init ok", FailingInit(i).v)
    except ValueError as e:
        print("init failed", i, e, tb_depth(e))


def gen(n):
    for i in range(n):
        yield add(i, 1)


def use_gen(n):
    return list(gen(n))


print("gen", [use_gen(i) for i in range(5)])


def caller_name():
    return sys._getframe(1).f_code.co_name if hasattr(sys, "_getframe") else "via_frame"


def via_frame():
    return caller_name()


print("frames", [via_frame() for i in range(4)])


class Acc:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self


a = Acc()
bound = a.bump
for i in range(100):
    bound(i)
print("bound", a.n)


def kw(a, b=2):
    return a * b


print("defaults", [kw(i) for i in range(5)], [kw(i, 3) for i in range(5)])


def rebinding(x):
    return x + 1


vals = []
for i in range(10):
    if i == 5:
        def rebinding(x):
            return x * 100
    vals.append(rebinding(i))
print("rebinding", vals)


def raise_in_deep(n):
    if n == 0:
        raise IndexError("deep")
    return raise_in_deep(n - 1)


for i in range(3):
    try:
        raise_in_deep(20)
    except IndexError as e:
        print("deep tb", tb_depth(e), e)


# Defaults filled in by the specialized call, and changed while the site is hot.
def with_defaults(a, b=10, c=100):
    return a + b + c


out = []
for i in range(12):
    if i == 6:
        with_defaults.__defaults__ = (1, 2)
    if i == 9:
        with_defaults.__defaults__ = (7,)
    try:
        out.append((with_defaults(i), with_defaults(i, 5)))
    except TypeError as e:
        out.append(("TypeError", str(e)))
print("defaults hot", out)


class WithDefaults:
    def __init__(self, x, scale=3):
        self.v = x * scale

    def get(self, extra=0):
        return self.v + extra


print("class defaults", [WithDefaults(i).get() for i in range(6)],
      [WithDefaults(i, 2).get(1) for i in range(6)])


# Closures and cells: free variables, nonlocal writes, parameters captured by inner functions.
def make_adder(k):
    def adder(x):
        return x + k
    return adder


add5 = make_adder(5)
print("closure", [add5(i) for i in range(8)])


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


inc = make_counter()
print("nonlocal", [inc() for i in range(5)], [inc(10) for i in range(3)])


def captures_param(p, q):
    def get():
        return p * q
    p += 1
    return get()


print("cell param", [captures_param(i, 2) for i in range(8)])


class Base:
    def who(self, n):
        return "base%d" % n


class Derived(Base):
    def who(self, n):
        return "derived/" + super().who(n)


d = Derived()
print("super", [d.who(i) for i in range(5)])

# Binary ops, comparisons, subscripts, iteration, unpacking and containment at sites that
# specialize on one operand type and then see others: overflow to big ints, floats,
# strings, subclasses, errors raised from specialized sites.


class I(int):
    def __add__(self, other):
        return "I.add"


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def shl(a, b):
    return a << b


def shr(a, b):
    return a >> b


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def tdiv(a, b):
    return a / b


def band(a, b):
    return (a & b, a | b, a ^ b)


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


cases = [(1, 2), (3, 4), (2**61, 2**61), (-(2**62), 1), (1.5, 2), (2, 0.25), ("a", "b"),
         ([1], [2]), ((1,), (2,)), (I(1), 2), (True, True), (10**30, 3), (7, -3)]
for f in (add, sub, mul, fdiv, mod, tdiv, band):
    print(f.__name__, [attempt(f, a, b) for a, b in cases])
for f in (shl, shr):
    print(f.__name__, [attempt(f, a, b) for a, b in [(1, 3), (1, 62), (1, 63), (3, 64), (-5, 1), (-1, 100), (5, -1), (2**70, 3), (1.0, 2)]])
print("zero", [attempt(fdiv, 1, 0), attempt(mod, 1, 0), attempt(tdiv, 1.0, 0), attempt(tdiv, 3, 0.0)])


def lt(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


for a, b in [(1, 2), (2, 2), (1.5, 2), (2**53 + 1, 2.0**53), (float("nan"), 1.0), ("b", "a"), ("é", "z"), ("", ""), (None, None), (3, 3.0), ((1, 2), (1, 3))]:
    print("cmp", a, b, attempt(lt, a, b))


def getitem(c, k):
    return c[k]


def setitem(c, k, v):
    c[k] = v
    return c


class L(list):
    def __getitem__(self, i):
        return "L" + str(i)


data = [[10, 20, 30], (1, 2, 3), {"a": 1, 2: "two"}, L([1]), "xyz", range(5)]
for c in data:
    print("get", type(c).__name__, [attempt(getitem, c, k) for k in (0, -1, 2, 5, "a", 2)])
print("set", attempt(setitem, [1, 2], 1, "x"), attempt(setitem, [1], 3, 0), attempt(setitem, {}, "k", 1), attempt(setitem, (1,), 0, 1), attempt(setitem, [1, 2], -1, 9))


def total(it):
    s = 0
    for x in it:
        s = s + x
    return s


lst = [1, 2, 3]
print("iter", [total(x) for x in (range(4), lst, (4, 5), range(10**20, 10**20 + 3), {1: 0, 2: 0}, iter([7]), range(0), [], ())])


def grow(lst):
    out = []
    for x in lst:
        if len(lst) < 6:
            lst.append(x * 10)
        out.append(x)
    return out


print("grow", grow([1, 2]), grow([5]))


def unpack2(s):
    a, b = s
    return (b, a)


def unpack3(s):
    a, b, c = s
    return a + b + c


print("unpack2", [attempt(unpack2, s) for s in ((1, 2), [3, 4], "ab", (1, 2, 3), [1], {5: 0, 6: 0}, 7)])
print("unpack3", [attempt(unpack3, s) for s in ((1, 2, 3), [4, 5, 6], (1, 2), "abc", iter([1, 2, 3]))])


def has(c, x):
    return (x in c, x not in c)


for c, x in [({1: 2}, 1), ({1, 2}, 3), (frozenset([4]), 4), ("hello", "ell"), ("hello", "z"), ([1, 2], 2), ({1: 2}, [1]), ("abc", 1), ({1}, [])]:
    print("in", type(c).__name__, x, attempt(has, c, x))


def truthy(v):
    if v:
        return "yes"
    return "no"


print("truth", [truthy(v) for v in (0, 1, "", "a", [], [0], None, 0.0, 2.5, {}, {1: 1})])

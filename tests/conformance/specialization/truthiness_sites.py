# Truthiness at conditional-jump sites (POP_JUMP_IF_FALSE/TRUE) and comparisons fused with
# the jump after them: hot sites warmed up on one kind of value, then fed others (bools,
# ints, None, containers, instances with and without __bool__/__len__, classes changed
# after warm-up), so specialized forms hit, miss and return to their generic form.


def count_true(items):
    n = 0
    for x in items:
        if x:
            n += 1
    return n


def count_false(items):
    n = 0
    for x in items:
        if not x:
            n += 1
    return n


def while_truthy(x, limit):
    steps = 0
    while x and steps < limit:
        steps += 1
        if isinstance(x, int):
            x -= 1
        elif isinstance(x, list):
            x.pop()
        else:
            break
    return steps


class Plain:
    pass


class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 3


class BadLen:
    def __len__(self):
        return -1


class MyList(list):
    def __len__(self):
        return 0


class MyStr(str):
    pass


bools = [True, False, True, True, False] * 20
ints = [0, 1, -1, 2, 0, 10**30, -(10**30)] * 10
nones = [None] * 50
lists = [[], [1], [1, 2], [], [None]] * 10
strs = ["", "a", "", "xyz", "\u00e9"] * 10
tuples = [(), (1,), (), (None, None)] * 10
dicts = [{}, {1: 2}, {}, {"a": None}] * 10
objs = [Plain() for _ in range(50)]
floats = [0.0, 1.5, -0.0, float("nan"), float("inf")] * 10

for name, seq in [
    ("bools", bools),
    ("ints", ints),
    ("nones", nones),
    ("lists", lists),
    ("strs", strs),
    ("tuples", tuples),
    ("dicts", dicts),
    ("objs", objs),
    ("floats", floats),
]:
    print(name, count_true(seq), count_false(seq))

# One site sees everything in turn (the same functions as above, now polymorphic).
mixed = (
    bools
    + ints
    + nones
    + lists
    + [WithBool(True), WithBool(False)] * 30
    + [WithLen(0), WithLen(3)] * 30
    + strs
    + objs
    + [MyList([1, 2]), MyStr(""), MyStr("x")] * 20
    + dicts
    + tuples
    + [None, Plain(), None, Plain()] * 30
    + [b"", b"x", bytearray(), 0j, 1j, range(0), range(3), frozenset(), {1}] * 10
)
print("mixed", count_true(mixed), count_false(mixed))

# Warm a site on instances of a class, then give the class __bool__ / __len__.
class Later:
    pass


later = [Later() for _ in range(60)]
print("later before", count_true(later), count_false(later))
Later.__bool__ = lambda self: False
print("later with __bool__", count_true(later), count_false(later))
Later.__len__ = lambda self: 1
print("later with both", count_true(later), count_false(later))
del Later.__bool__
print("later with __len__", count_true(later), count_false(later))
del Later.__len__
print("later plain again", count_true(later), count_false(later))

# __class__ assignment moves an instance to another class.
class Other:
    def __bool__(self):
        return False


objs2 = [Plain() for _ in range(60)]
print("objs2", count_true(objs2))
for o in objs2[::2]:
    o.__class__ = Other
print("objs2 after __class__", count_true(objs2), count_false(objs2))

# Errors from __bool__ / __len__ at a site specialized for something else.
for bad in [BadBool(), BadLen()]:
    try:
        count_true(bools + [bad])
    except Exception as e:
        print(type(e).__name__, e)
    try:
        count_false(lists + [bad])
    except Exception as e:
        print(type(e).__name__, e)

# Big ints, bools and int subclasses at an int-specialized site.
class MyInt(int):
    def __bool__(self):
        return True


print("int site", count_true(ints + [True, False, MyInt(0), 2**62, -(2**62), 2**63]))
print("while", [while_truthy(v, 100) for v in [5, 0, [1, 2, 3], [], None, True, "ab"]])

# Containers mutated between iterations of a hot loop.
work = list(range(30))
seen = 0
while work:
    work.pop()
    seen += 1
print("drained", seen, work)
d = {i: i for i in range(20)}
while d:
    d.popitem()
    seen += 1
print("drained dict", seen, d)
s = "abcdefghij"
while s:
    s = s[1:]
    seen += 1
print("drained str", seen, repr(s))


# Comparisons feeding jumps: int, float, mixed, then other types at the same sites.
def classify(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if not a > b:
        out.append("!gt")
    if not a >= b:
        out.append("!ge")
    return "/".join(out)


def count_below(seq, limit):
    n = 0
    i = 0
    while i < len(seq):
        if seq[i] < limit:
            n += 1
        i += 1
    return n


pairs = [(i, 3) for i in range(6)] * 5
print([classify(a, b) for a, b in pairs][:6])
fpairs = [(0.5 * i, 1.0) for i in range(5)] * 5 + [(1, 1.0), (2.0, 1), (float("nan"), 1.0)]
print([classify(a, b) for a, b in fpairs][-8:])
others = [("a", "b"), ("b", "a"), ((1, 2), (1, 3)), (2**70, 2**70), (2**70, 1), (1, 2**70),
          (True, 1), (None, None), (1.0, 1)]
for a, b in others:
    try:
        print(classify(a, b))
    except Exception as e:
        print(type(e).__name__, e)
print(count_below(list(range(40)), 17), count_below([x / 4 for x in range(40)], 3.3))
print(count_below([3, 2.5, 10**20, -(10**20), True, 1.5], 2))
try:
    print(count_below([1, 2, "x"], 2))
except TypeError as e:
    print(type(e).__name__, e)

# Chained comparisons and comparisons whose result is kept.
def chained(xs):
    return [0 < x < 5 for x in xs], [x for x in xs if 0 <= x <= 3 or x == 9]


print(chained(list(range(-2, 12))))
flags = [i < 3 for i in range(6)]
print(flags)


# A site warmed up on big ints, int/float subclasses without __bool__, then small ints,
# zero floats and always-true objects.
class I(int):
    pass


class F(float):
    pass


def bits(xs):
    return [1 if x else 0 for x in xs]


print(bits([10**30] * 5 + [0, 1, I(0), I(5), F(0.0), 0.0, 2**62, -1]))
print(count_true([object(), print, int, None, object(), 0, "", [], (), {}, I(0), F(0.0),
                  0.0, range(0), b"", set(), frozenset([1]), ...]))

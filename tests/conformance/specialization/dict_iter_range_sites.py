# FOR_ITER over dict key/value/item iterators and CALL of the builtin range type at hot
# sites: warmed up on one kind, then fed other iterables and argument kinds; dicts mutated
# during iteration raise RuntimeError as in CPython.


def walk(it):
    out = []
    for x in it:
        out.append(x)
    return out


def total_items(d):
    t = 0
    for k, v in d.items():
        t += k * v
    return t


d = {i: i * i for i in range(40)}
for _ in range(3):
    print(len(walk(d)), sum(walk(d.keys())), sum(walk(d.values())), walk(d.items())[:3])
print(total_items(d))

# The same site, other iterables.
print(walk([1, 2, 3]), walk("ab"), walk(range(3)), walk((4, 5)), walk({7}))
print(walk(iter(d)) [:5], walk(reversed(d))[:5], walk(reversed(d.items()))[:2])
print(walk({}), walk({}.items()), total_items({}))

# Deleted entries are skipped; insertion order kept after re-insert.
e = {k: str(k) for k in range(10)}
del e[3], e[7]
e[3] = "again"
print(walk(e), walk(e.values()))


# Mutation during iteration.
def mutate(d, how):
    try:
        for k in d:
            if how == "add":
                d[k + 1000] = 1
            elif how == "del":
                del d[k]
            elif how == "set":
                d[k] = -1
            elif how == "clear":
                d.clear()
        return "ok " + str(sorted(d.items())[:3])
    except RuntimeError as e:
        return type(e).__name__ + " " + str(e)


for how in ["set", "add", "del", "clear", "set", "add"]:
    print(how, mutate({i: i for i in range(5)}, how))


def mutate_items(d):
    seen = []
    try:
        for k, v in d.items():
            seen.append(k)
            if k == 2:
                d.pop(4)
                d["new"] = 0
    except RuntimeError as e:
        return seen, type(e).__name__, str(e)
    return seen, None


print(mutate_items({i: i for i in range(6)}))


def mutate_values(d):
    out = []
    try:
        for v in d.values():
            out.append(v)
            if v == 1:
                del d[0]
                d[99] = 99
    except RuntimeError as e:
        return out, str(e)
    return out, "no error"


print(mutate_values({0: 0, 1: 1, 2: 2}))

# Iterator exhausted, then reused; iterator shared by two loops.
it = iter({1: 1, 2: 2, 3: 3})
print(walk(it), walk(it))
it = iter({i: i for i in range(6)})
pairs = []
for a in it:
    for b in it:
        pairs.append((a, b))
        break
print(pairs)


# dict subclasses (their own __iter__ is honoured by GET_ITER).
class D(dict):
    def __iter__(self):
        return iter(sorted(super().keys(), reverse=True))


print(walk(D({1: 1, 2: 2, 3: 3})), walk(D({5: 5}).items()))


# range(...) calls at a hot site, then other arguments at the same site.
def make(args):
    return range(*args)


def sums(n):
    t = 0
    for i in range(n):
        for j in range(i, n, 2):
            t += j
    return t


print([list(make(a)) for a in [(3,), (1, 4), (10, 0, -3), (0,), (-2,)]])
print(sums(30), sums(0), sums(1))
print(make((2**70, 2**70 + 2)), make((2**70,))[-1] == 2**70 - 1, list(make((True, 5, 2))))


class Idx:
    def __index__(self):
        return 3


print(list(make((Idx(),))), list(make((1, Idx()))))
for bad in [(1.5,), ("3",), (1, 2, 0), (), (1, 2, 3, 4), (None,)]:
    try:
        print(make(bad))
    except Exception as e:
        print(type(e).__name__, e)


def call_range(f, n):
    return f(n)


out = []
for f in [range] * 10 + [str, abs, lambda n: n * 2] + [range] * 5:
    out.append(call_range(f, 3))
print(out)
range_ref = range
range = lambda *a: "shadowed"
print(make((3,)), sums.__name__)
del range
print(list(make((3,))))
try:
    range(1, stop=3)
except TypeError as e:
    print(type(e).__name__, e)

# FOR_ITER over str iterators, enumerate and zip at hot sites, then other iterables at the
# same sites; enumerate/zip over lists, tuples, ranges, generators, dicts and iterators
# that raise; zip(strict=True) length errors; big enumerate starts.


def walk(it):
    out = []
    for x in it:
        out.append(x)
    return out


def chars(s):
    n = 0
    vowels = 0
    for ch in s:
        n += 1
        if ch in "aeiou":
            vowels += 1
    return n, vowels


text = "the quick brown fox jumps over the lazy dog " * 5
for _ in range(3):
    print(chars(text), chars(""), chars("h\u00e9llo w\u00f6rld \U0001f600!"))
print(chars(["a", "b", "x"]), chars(("e",)), chars({"i": 1}))
print(walk("ab\u20ac\U0001f600"), walk(iter("xyz"))[1:])


def gen(n):
    for i in range(n):
        yield i * 10


def enum_sum(it, start=0):
    t = 0
    for i, x in enumerate(it, start):
        t += i * x
    return t


for _ in range(3):
    print(enum_sum([1, 2, 3] * 10), enum_sum((4, 5)), enum_sum(range(20)), enum_sum(gen(5)))
print(enum_sum(range(5), 2**63 - 2), enum_sum([1, 2, 3], -(2**70)), enum_sum([], 5))
print(enum_sum({3: 0, 4: 0}), enum_sum(range(10**18, 10**18 + 3)))
print(walk(enumerate("abc")), walk(enumerate([None], start=7)))
print(walk(zip("abc", range(10), [True, False, None])))


def zip_dot(a, b):
    t = 0
    for x, y in zip(a, b):
        t += x * y
    return t


for _ in range(3):
    print(zip_dot([1, 2, 3], (4, 5, 6)), zip_dot(range(100), range(100, 0, -1)),
          zip_dot(gen(4), iter([1, 1, 1, 1, 1])), zip_dot([], [1]))
print(walk(zip()), walk(zip([1, 2])), walk(zip([1], [2], [3], [4])))

# The same sites given other iterables.
print(walk(map(abs, [-1, -2])), walk(reversed([1, 2, 3])), walk({5: 6}.items()))


def bad_iter():
    yield 1
    raise ValueError("boom")


for f in [lambda: enum_sum(bad_iter()), lambda: zip_dot(bad_iter(), [1, 2, 3]),
          lambda: zip_dot([1, 2, 3], bad_iter()), lambda: chars(bad_iter())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def strict_pairs(a, b):
    out = []
    try:
        for x, y in zip(a, b, strict=True):
            out.append(x + y)
    except ValueError as e:
        out.append(str(e))
    return out


print(strict_pairs([1, 2], [3, 4]), strict_pairs([1, 2, 3], [1]), strict_pairs([1], [1, 2]))
try:
    for t in zip([1], [2], [3, 4], strict=True):
        pass
except ValueError as e:
    print(e)

# Lists mutated while enumerate/zip walk them.
xs = [1, 2, 3]
for i, x in enumerate(xs):
    if i < 3:
        xs.append(x * 10)
print(xs)
ys = [1, 2, 3, 4]
out = []
for a, b in zip(ys, ys):
    out.append((a, b))
    if len(ys) > 2:
        ys.pop()
print(out, ys)

# Exhausted adapters reused.
z = zip([1, 2], [3, 4])
print(walk(z), walk(z))
e = enumerate("ab")
print(walk(e), walk(e))
s = iter("hello")
next(s)
print(walk(s), walk(s))

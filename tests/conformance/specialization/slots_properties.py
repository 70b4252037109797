# __slots__ members and property getters/setters at specialized attribute sites: hits,
# misses (other classes, subclasses, __class__ assignment, class mutation after warm-up),
# deleted members, setters and getters that raise.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(objs):
    s = 0
    for o in objs:
        s += o.x * 10 + o.y
    return s


def bump(objs, k):
    for o in objs:
        o.x = o.x + k


ps = [P(i, i + 1) for i in range(40)]
print("slots", total(ps))
bump(ps, 3)
print("after bump", total(ps))
mixed = ps[:10] + [Q(1, 2, 3) for _ in range(10)] + [D(5, 6) for _ in range(10)]
print("mixed", total(mixed))
bump(mixed, 1)
print("mixed bump", total(mixed))

# A deleted member raises AttributeError at a warm site.
victim = P(7, 8)
del victim.x
try:
    total(ps[:30] + [victim])
except AttributeError as e:
    print("AttributeError", e)
try:
    del victim.x
except AttributeError as e:
    print("AttributeError", e)
victim.x = 70
print("restored", total([victim]))

# __class__ assignment between compatible slot layouts.
class P2:
    __slots__ = ("x", "y")

    @property
    def doubled(self):
        return self.x * 2


a = P(1, 2)
print(total([a] * 30))
a.__class__ = P2
print(type(a).__name__, total([a] * 5), a.doubled)


class Temp:
    def __init__(self, c):
        self._c = c
        self.log = []

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero: %r" % (v,))
        self.log.append(v)
        self._c = v

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


def warm(t, n):
    acc = 0.0
    for i in range(n):
        t.celsius = i
        acc += t.fahrenheit + t.celsius
    return acc


t = Temp(0)
print("warm", warm(t, 50), len(t.log))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
print("still", t.celsius)

# Replacing the property on the class after warm-up.
Temp.celsius = property(lambda self: -1.0)
print("replaced getter", t.fahrenheit)
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    warm(t, 3)
except AttributeError as e:
    print("AttributeError", e)


class Raising:
    __slots__ = ("n",)

    @property
    def value(self):
        if self.n > 30:
            raise KeyError(self.n)
        return self.n


def read_all(objs):
    out = 0
    for o in objs:
        out += o.value
    return out


rs = []
for i in range(35):
    r = Raising()
    r.n = i
    rs.append(r)
try:
    read_all(rs)
except KeyError as e:
    print("KeyError", e)
print(read_all(rs[:31]))


class Deep:
    __slots__ = ("child", "depth")

    @property
    def total_depth(self):
        if self.child is None:
            return self.depth
        return self.depth + self.child.total_depth


node = None
for i in range(60):
    d = Deep()
    d.child = node
    d.depth = i
    node = d
print("deep", node.total_depth)

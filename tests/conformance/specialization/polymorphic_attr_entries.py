# Attribute sites that see several receiver classes (a base-class method run on
# instances of subclasses), more classes than a site remembers, classes mutated
# and instances reshaped after warm-up, and a class gaining a data descriptor.


class Base:
    def __init__(self, n):
        self.n = n
        self.hits = 0

    def bump(self):
        self.hits = self.hits + self.n
        return self.hits

    def kind(self):
        return "base"


class A(Base):
    tag = "a"

    def __init__(self, n):
        Base.__init__(self, n)
        self.extra_a = 1


class B(Base):
    tag = "b"

    def __init__(self, n):
        Base.__init__(self, n)
        self.extra_b = 2

    def kind(self):
        return "B"


class C(Base):
    tag = "c"


class D(Base):
    tag = "d"

    def kind(self):
        return "D"


class E(Base):
    tag = "e"


def walk(objs, rounds):
    total = 0
    kinds = []
    for _ in range(rounds):
        for o in objs:
            total += o.bump()
            total += o.n
            if len(kinds) < 12:
                kinds.append(o.kind() + o.tag)
    return total, kinds


objs = [A(1), B(2), C(3), D(4), E(5)]
print(walk(objs, 300))
print([o.hits for o in objs])

# A class mutated after warm-up: its instances' class attribute and method change.
C.tag = "C!"
C.kind = lambda self: "patched"
print(walk(objs, 50))

# An instance reshaped after warm-up: attribute added in another order, then deleted.
objs[0].late = 7
del objs[1].extra_b
objs.append(A(6))
objs[-1].__dict__.clear()
objs[-1].n = 6
objs[-1].hits = 0
print(walk(objs, 50))

# Instance attribute shadowing a class attribute on one receiver only.
objs[3].tag = "own"
print(walk(objs, 20))


# A data descriptor added to one subclass after warm-up must win over the slot.
class Loud:
    def __get__(self, obj, owner):
        return 1000

    def __set__(self, obj, value):
        obj.__dict__["seen"] = value


D.n = Loud()
print(walk(objs, 20))
print(objs[3].__dict__.get("seen"))


# Stores through one site for several classes, adding attributes in different shapes.
def fill(o, i):
    o.x = i
    o.y = i * 2
    return o.x + o.y


class P:
    pass


class Q:
    def __init__(self):
        self.z = 0


class R(Q):
    __slots__ = ()


class S:
    __slots__ = ("x", "y")


out = 0
for i in range(400):
    cls = (P, Q, R, S)[i % 4]
    out += fill(cls(), i)
print(out)

# A class with a setter property reached through the same store site.


class T:
    def _set(self, v):
        self._x = v * 10

    x = property(lambda self: self._x, _set)
    y = 0


t = T()
print(fill(t, 3), t._x)
for i in range(100):
    fill((P, Q, T)[i % 3](), i)
print(fill(P(), 5), fill(T(), 5))


# Properties and __slots__ members reached through one site on a base class and its
# subclasses (each its own type version), then a property replaced on one subclass.
class Body:
    __slots__ = ("_m", "hits")

    def __init__(self, m):
        self.mass = m
        self.hits = 0

    @property
    def mass(self):
        return self._m

    @mass.setter
    def mass(self, v):
        if v <= 0:
            raise ValueError("mass must be positive")
        self._m = v


class Heavy(Body):
    __slots__ = ("extra",)


class Light(Body):
    __slots__ = ()


class Odd(Body):
    __slots__ = ("w",)


class Odder(Body):
    pass


def weigh(bodies, rounds):
    total = 0
    for _ in range(rounds):
        for b in bodies:
            b.mass = b.mass + 1
            b.hits += 1
            total += b.mass + b.hits
    return total


bodies = [Body(1), Heavy(2), Light(3), Odd(4), Odder(5)]
print(weigh(bodies, 200))
Light.mass = property(lambda self: -1, lambda self, v: setattr(self, "hits", self.hits + 100))
print(weigh(bodies, 50))
try:
    bodies[1].mass = -5
except ValueError as e:
    print(type(e).__name__, e)
print([b.hits for b in bodies])

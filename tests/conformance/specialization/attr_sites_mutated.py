# Attribute loads and stores that specialize, then see their guards fail: polymorphic
# receivers, class attributes and methods replaced after warm-up, instance shadowing,
# __getattr__/__setattr__ added to a class, properties redefined, shape changes.


class P:
    kind = "p"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    @property
    def double(self):
        return self.x * 2


class Q:
    kind = "q"

    def __init__(self, x):
        self.y = 0
        self.x = x

    def get(self):
        return -self.x


def read_x(o):
    return o.x


def call_get(o):
    return o.get()


def read_kind(o):
    return o.kind


def read_double(o):
    return o.double


def run(label, f, objs):
    print(label, [f(o) for o in objs])


ps = [P(i) for i in range(6)]
qs = [Q(i) for i in range(6)]
for _ in range(3):
    run("x p", read_x, ps)
run("x mixed", read_x, ps + qs)
run("get p", call_get, ps)
run("get mixed", call_get, qs + ps)
run("kind", read_kind, ps + qs)
run("double", read_double, ps)

# Class attribute replaced after warm-up.
P.kind = "P2"
run("kind after", read_kind, ps)
# Method replaced on the class.
P.get = lambda self: self.x + 100
run("get after", call_get, ps)
# Instance shadows the method and the class attribute.
ps[0].get = lambda: "shadow"
ps[1].kind = "own"
run("get shadow", call_get, ps[:3])
run("kind shadow", read_kind, ps[:3])
# Property replaced.
P.double = property(lambda self: "d%d" % self.x)
run("double after", read_double, ps[:3])
# __getattr__ added: missing attributes now answer.
run("x before getattr", read_x, ps[:2])


def read_missing(o):
    try:
        return o.missing
    except AttributeError as e:
        return type(e).__name__ + ": " + str(e)


run("missing", read_missing, ps[:3])
P.__getattr__ = lambda self, name: "got " + name
run("missing after", read_missing, ps[:3])

# Stores: existing slot, adding an attribute, then __setattr__ added.


class S:
    pass


def fill(o, v):
    o.a = v
    o.b = v + 1
    return (o.a, o.b)


objs = [S() for _ in range(5)]
print("fill", [fill(o, i) for i, o in enumerate(objs)])
print("refill", [fill(o, i * 10) for i, o in enumerate(objs)])
odd = S()
odd.z = 1
print("other shape", fill(odd, 7), sorted(vars(odd).items()))
log = []


def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


S.__setattr__ = logging_setattr
print("with setattr", [fill(o, 1) for o in objs[:2]], log)
del S.__setattr__
print("without", fill(objs[0], 5), len(log))

# Deleting an attribute switches the instance to a dict; specialized sites must follow.
t = S()
for i in range(4):
    fill(t, i)
del t.a
print("after del", read_missing(t), getattr(t, "b"))
print("refill after del", fill(t, 3))

# Data descriptor added on the class after warm-up takes priority over the slot.


class D:
    def __init__(self):
        self.v = 1


def read_v(o):
    return o.v


ds = [D() for _ in range(4)]
print("v", [read_v(d) for d in ds])
D.v = property(lambda self: "prop")
print("v after", [read_v(d) for d in ds])

# Slots classes, class objects and modules as receivers at one site.
import math


class K:
    pi = "K.pi"


def read_pi(o):
    return o.pi


print("pi", [read_pi(o) for o in [math, math, K, K, K(), math]])
K.pi = "changed"
math.pi = 3
print("pi after", [read_pi(o) for o in [math, K, K()]])

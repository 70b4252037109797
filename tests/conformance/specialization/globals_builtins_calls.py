# Global loads, builtin loads and calls that specialize, then see what they cached change:
# globals rebound and deleted, builtins shadowed and rebound, functions' __code__ and
# __defaults__ replaced, __init__ replaced, __new__ added, polymorphic callables.
import builtins

counter = 0


def bump():
    return counter + 1


def use_len(x):
    return len(x)


def use_isinstance(x):
    return isinstance(x, int)


print("bump", [bump() for _ in range(3)])
counter = 10
print("bump rebound", [bump() for _ in range(3)])
print("len", [use_len("abc") for _ in range(3)], use_len([1, 2]))
# A global shadows the builtin, then goes away again.
len = lambda x: "shadowed"
print("len shadowed", [use_len("abc") for _ in range(2)])
del len
print("len back", [use_len("abcd") for _ in range(2)])
# The builtin itself is rebound.
real_len = builtins.len
builtins.len = lambda x: "rebound"
print("len rebound", [use_len("ab") for _ in range(2)])
builtins.len = real_len
print("len restored", [use_len("ab") for _ in range(2)])
print("isinstance", [use_isinstance(v) for v in (1, "a", True, 2.0)])
builtins.isinstance = lambda a, b: "fake"
print("isinstance rebound", use_isinstance(1))
del builtins.isinstance
try:
    use_isinstance(1)
except NameError as e:
    print("NameError", e)


def restore():
    # isinstance is gone from builtins; rebuild it from type checks.
    def isinstance(a, b):
        return type(a) is b

    return isinstance


builtins.isinstance = restore()
print("isinstance replaced", [use_isinstance(v) for v in (1, True)])

# len() on objects with __len__, and errors.


class Sized:
    def __len__(self):
        return 7


print("len objs", [use_len(o) for o in ([1], Sized(), "xy", {1: 2})])
try:
    use_len(5)
except TypeError as e:
    print("TypeError", e)


# Calls to Python functions rebound, and whose defaults change.
def f(a, b):
    return a + b


def g(a, b):
    return a * b


def call_f(x):
    return f(x, 2)


print("f", [call_f(i) for i in range(4)])
f = g
print("f rebound to g", [call_f(i) for i in range(4)])
f.__defaults__ = (100,)
print("f defaults", [call_f(i) for i in range(2)])


def h(a, b=5):
    return a - b


f = h
print("f rebound", [call_f(i) for i in range(3)])


# Polymorphic call site: functions, builtins, classes, bound methods, lambdas.
class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % (self.v,)

    def scale(self, k):
        return Box(self.v * k)


def apply(fn, x):
    return fn(x)


b = Box(3)
for fn in [abs, str, Box, b.scale, lambda v: v * 2, Box, abs, float, b.scale]:
    print("apply", fn.__name__ if hasattr(fn, "__name__") else fn, apply(fn, -4))

# __init__ replaced after warm-up; __init__ returning a value; __new__ added.


def make(v):
    return Box(v)


print("make", [make(i) for i in range(3)])


def init2(self, v):
    self.v = ("init2", v)


Box.__init__ = init2
print("make init2", [make(i) for i in range(2)])


def bad_init(self, v):
    return 5


Box.__init__ = bad_init
try:
    make(1)
except TypeError as e:
    print("TypeError", e)
Box.__init__ = init2


def new(cls, v):
    o = object.__new__(cls)
    o.created = True
    return o


Box.__new__ = new
m = make(9)
print("make with new", m, m.created)
try:
    make()
except TypeError as e:
    print("TypeError", e)
try:
    call_f()
except TypeError as e:
    print("TypeError", e)


# Bound-method calls through a variable.
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, k):
        self.total += k
        return self.total


a = Acc()
add = a.add
print("bound", [add(i) for i in range(5)])
Acc.add = lambda self, k: "replaced"
print("bound after class change", add(1), a.add(1))

# list.append fast path on lists and list subclasses.


class MyList(list):
    def append(self, x):
        super().append(("wrapped", x))


def push(lst, x):
    lst.append(x)
    return lst


print("append", push(push([], 1), 2), push(MyList(), 3), push([0], 4))

# Annotations in module and class bodies: evaluation order, storage, mangling.
log = []


def note(value, label):
    log.append(label)
    return value


a: note(int, "ann a") = note(1, "value a")
b: note(str, "ann b")
print(log, __annotations__, a)
log.clear()


class Obj:
    pass


o = Obj()
o.attr: note(int, "ann attr") = note(5, "value attr")
d = {}
d[note("k", "key")]: note(float, "ann item") = note(2.5, "value item")
(paren): note(int, "ann paren") = 3
print(log, o.attr, d, paren, sorted(__annotations__))
log.clear()
d[note("k2", "key2")]: note(float, "ann item2")
o.other: note(int, "ann other")
print(log, d, hasattr(o, "other"))
log.clear()


class Box:
    x: int
    y: note(list, "class ann y") = note([], "class value y")
    __secret: str = "s"
    _single: float
    for i in range(2):
        z: int = i
    try:
        w: bytes
    except Exception:
        pass

    def method(self):
        local: undefined_name_is_fine = 1
        return local


print(log, Box.__annotations__, Box.y, Box.z, Box().method(), "x" in Box.__dict__)


class Sub(Box):
    extra: bool = True


print(Sub.__annotations__, "x" in Sub.__annotations__)


class NoneAnnotated:
    def f(self):
        pass


print("__annotations__" in NoneAnnotated.__dict__)


def make():
    T = dict

    class Inner:
        m: T
        n: "T"
    return Inner


print(make().__annotations__)
try:
    class Broken:
        v: does_not_exist
except NameError as e:
    print("NameError", e)
try:
    c: missing_module_name = 1
except NameError as e:
    print("NameError", e, c)


class Custom:
    __annotations__ = {"preset": int}
    later: str


print(Custom.__annotations__)
ns = {}
exec("q: int = 1\nr: 'x'\n", ns)
print(ns["__annotations__"], ns["q"])
exec("class K:\n    f: float\n", ns)
print(ns["K"].__annotations__)
print(__annotations__ is globals()["__annotations__"])

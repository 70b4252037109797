class G:
    x = 1
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return "ga:" + name
g = G()
g.y = 2
print(g.x, g.y, g.z)
print(getattr(g, "w"), hasattr(g, "_q"))
class GA:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "boom":
            raise AttributeError("no boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
o = GA()
print(o.a)
print(o.boom)
print(o.missing)
class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = SA()
s.v = 5
print(s.v)
del s.v
try:
    del s.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
try:
    p.q
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain.q
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.q
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].append = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(p, "nope", "default"))
setattr(p, "k", 3)
print(p.k, p.__dict__)
delattr(p, "k")
print(p.__dict__)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".foo
except AttributeError as e:
    print(type(e).__name__, e)
import sys
try:
    sys.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "getattr " + n
print(Prop().p)
# __getattr__ on class via metaclass
class Meta(type):
    def __getattr__(cls, name):
        return "meta " + name
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.anything)
print(object.__getattribute__(g, "y"))
print(type(g).__getattribute__ is object.__getattribute__)

class A:
    z = 1
    def m(self): pass
class B(A):
    y = 2
    def __init__(self):
        self.inst = 1
b = B()
names = dir(b)
print([n for n in names if not n.startswith("__")])
print(names == sorted(names))
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(b), "__class__" in dir(b), "__dict__" in dir(b))
print(vars(b), sorted(vars(B)))
class CustomDir:
    def __dir__(self): return ["b", "a", "c"]
print(dir(CustomDir()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars())
print(f())
def g():
    x = 1
    return sorted(dir())
print(g())
import sys
print("path" in dir(sys), "argv" in vars(sys))
print(sorted(dir(1))[:5] if False else "__add__" in dir(1))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir(()) if not n.startswith("_")])
print([n for n in dir(set()) if not n.startswith("_")])
print([n for n in dir(0) if not n.startswith("_")])
print([n for n in dir(0.0) if not n.startswith("_")])
print([n for n in dir(b"") if not n.startswith("_")])
print(sorted(n for n in dir(B) if n.startswith("__"))[:8])
class Slotted:
    __slots__ = ("a",)
print([n for n in dir(Slotted()) if not n.startswith("__")], "__dict__" in dir(Slotted()))

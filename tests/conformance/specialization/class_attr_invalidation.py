# Method and class-attribute caches must notice modifications.
class Shape:
    sides = 0
    def describe(self):
        return "shape"
s = Shape()
out = []
for i in range(3000):
    if i == 1000:
        Shape.describe = lambda self: "patched"
    if i == 2000:
        s.describe = lambda: "instance"
    out.append(s.describe())
print(out[999], out[1000], out[1999], out[2000], len(set(out)))
class Base:
    def f(self):
        return "base"
class Child(Base):
    pass
c = Child()
res = []
for i in range(3000):
    if i == 1500:
        Child.f = lambda self: "child"
    res.append(c.f())
print(res[0], res[1499], res[1500], res[-1])
del Child.f
print(c.f())
Base.f = lambda self: "new base"
print(c.f())
counts = 0
for i in range(5000):
    counts += Shape.sides
    if i == 2500:
        Shape.sides = 1
print(counts)

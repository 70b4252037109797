class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n
c = C(10)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(C.get(c), C.add(c, 5), c.add(5))
methods = [C(i).get for i in range(3)]
print([mm() for mm in methods])
print(c.get == c.get, c.get is c.get, C(1).get == C(1).get)
f = C.add
print(f(C(1), 2), type(f).__name__, type(c.add).__name__)
print(list(map(C(100).add, [1, 2, 3])))
c.get = lambda: "instance override"
print(c.get(), C(5).get())
s = "hello"
up = s.upper
print(up(), [].append.__self__ if False else "skip")
d = {}
setter = d.setdefault
setter("k", 1)
print(d)

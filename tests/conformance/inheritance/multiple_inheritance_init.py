class Loggable:
    def __init__(self, **kw):
        self.log = []
        super().__init__(**kw)
    def record(self, msg):
        self.log.append(msg)
class Named:
    def __init__(self, name="anon", **kw):
        self.name = name
        super().__init__(**kw)
class Aged:
    def __init__(self, age=0, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Loggable, Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.record(f"created {self.name}")
p = Person(name="ann", age=30)
print(p.name, p.age, p.log, [c.__name__ for c in Person.__mro__])
q = Person()
print(q.name, q.age)
try:
    Person(unknown=1)
except TypeError as e:
    print(type(e).__name__, e)

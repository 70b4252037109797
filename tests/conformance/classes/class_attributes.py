class Counter:
    instances = 0
    registry = []
    def __init__(self, name):
        Counter.instances += 1
        self.registry.append(name)
        self.name = name
a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, Counter.registry, b.registry is a.registry)
a.instances = 99
print(a.instances, b.instances, Counter.instances)
del a.instances
print(a.instances)
class Config:
    debug = False
    level = 1
    def toggle(self):
        self.debug = not self.debug
c = Config()
c.toggle()
print(c.debug, Config.debug)
setattr(Config, "level", 5)
print(c.level, getattr(c, "level"), getattr(c, "nothing", "n/a"))
Config.new_attr = "added"
print(c.new_attr)
delattr(Config, "new_attr")
print(hasattr(c, "new_attr"))
class WithMethodRef:
    def m(self):
        return "m"
    alias = m
print(WithMethodRef().alias(), WithMethodRef.alias is WithMethodRef.m)

class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args, **kwargs):
        results = []
        for fn in self.handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                self.log.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results
bus = EventBus()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet")
def shout(name):
    return f"HEY {name.upper()}!"
@bus.on("greet")
def broken(name):
    return 1 / 0
@bus.on("sum")
def add(*nums, scale=1):
    return sum(nums) * scale
print(bus.emit("greet", "ann"))
print(bus.emit("sum", 1, 2, 3, scale=10))
print(bus.emit("nothing"))
print(bus.log)
class Observable:
    def __init__(self):
        self._value = 0
        self.watchers = []
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        old, self._value = self._value, v
        for w in self.watchers:
            w(old, v)
o = Observable()
changes = []
o.watchers.append(lambda old, new: changes.append((old, new)))
for v in [1, 5, 5, 2]:
    o.value = v
print(changes, o.value)

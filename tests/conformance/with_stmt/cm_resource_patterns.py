class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back due to", et.__name__)
        else:
            print("committed")
        return True
db = {"balance": 100}
with Transaction(db) as t:
    t["balance"] -= 30
print(db)
with Transaction(db) as t:
    t["balance"] -= 500
    if t["balance"] < 0:
        raise ValueError("insufficient funds")
print(db)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *exc):
        self.exited = True
with Timer() as tm:
    pass
print(tm.entered, tm.exited)
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *a):
        Indent.level -= 1
    def say(self, msg):
        print("  " * Indent.level + msg)
with Indent() as i1:
    i1.say("level one")
    with Indent() as i2:
        i2.say("level two")
        with Indent() as i3:
            i3.say("level three")
    i1.say("back to one")
print(Indent.level)

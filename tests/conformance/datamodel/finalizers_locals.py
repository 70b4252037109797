# Finalization order when frames and containers release objects: a function's locals
# when it returns, a list when it is cleared, a dict entry when it is replaced, instance
# attributes when the instance goes, generator locals when the generator is closed.
class F:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def two_locals():
    a = F("a")
    b = F("b")
    print("returning")


two_locals()
print("after two_locals")

items = [F("l0"), F("l1"), F("l2")]
items[1] = None
print("replaced l1")
del items[:]
print("cleared list")

d = {"x": F("dx")}
d["x"] = F("dx2")
print("replaced dx")
d.pop("x")
print("popped dx2")


class Holder:
    def __init__(self):
        self.first = F("attr first")
        self.second = F("attr second")


h = Holder()
del h
print("holder gone")


def gen():
    g_local = F("gen local")
    yield 1
    yield 2


g = gen()
next(g)
g.close()
print("generator closed")


class Counted(F):
    instances = 0

    def __init__(self, name):
        super().__init__(name)
        Counted.instances += 1

    def __del__(self):
        Counted.instances -= 1
        super().__del__()


objs = [Counted("c%d" % i) for i in range(3)]
print("alive", Counted.instances)
objs.pop()
print("alive", Counted.instances)
objs = None
print("alive", Counted.instances)
print("end")

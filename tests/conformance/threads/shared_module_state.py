# Module-level state that threads share stays ordinary Python state: containers bound at
# module level keep changing, can be rebound and deleted, and class members can be
# replaced, whatever the interpreter does to make sharing them cheap.
import threading
import weakref

TABLE = {"a": 1, "b": 2}
ITEMS = [1, 2, 3]
NAMES = ("x", "y")
TOTAL = 0.5


class Config:
    limit = 10
    tags = ["t1"]

    def describe(self):
        return "limit=%d tags=%s" % (self.limit, ",".join(self.tags))

    @property
    def doubled(self):
        return self.limit * 2

    @staticmethod
    def helper(x):
        return x + 1


def reader(out, index):
    acc = 0
    for i in range(2000):
        acc += TABLE["a"] + len(ITEMS) + len(NAMES)
        acc += Config.helper(i) - i
    out[index] = acc


out = [0] * 4
threads = [threading.Thread(target=reader, args=(out, k)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("readers", out)

# Mutate the shared containers after threads have run.
TABLE["c"] = 3
ITEMS.append(4)
print(sorted(TABLE.items()), ITEMS)

# Rebind and delete module-level names; the new values behave like any other.
TABLE = {"z": 26}
del ITEMS
print(TABLE, "ITEMS" in globals())

# Replace class members after sharing; instances see the change.
c = Config()
print(c.describe(), c.doubled, Config.helper(1))
Config.limit = 20
Config.tags.append("t2")
Config.describe = lambda self: "replaced %d" % self.limit
print(c.describe(), c.doubled)
Config.doubled = property(lambda self: -1)
print(c.doubled)


# Weak references to instances still die when the last strong reference goes.
class Node:
    pass


def worker(results, index):
    n = Node()
    r = weakref.ref(n)
    alive = r() is not None
    del n
    results[index] = (alive, r() is None)


results = [None] * 3
threads = [threading.Thread(target=worker, args=(results, k)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(TOTAL + 1, NAMES * 2)

import weakref
class Node:
    def __init__(self, name): self.name = name; self.children = []
log = []
def watch(obj, tag):
    return weakref.ref(obj, lambda r: log.append(tag))
root = Node("root")
refs = []
for i in range(3):
    c = Node(f"c{i}")
    root.children.append(c)
    refs.append(watch(c, c.name))
del c
print([r().name for r in refs], log)
root.children.pop(0)
print([r() is None for r in refs], log)
root.children = []
print([r() is None for r in refs], sorted(log))
rr = watch(root, "root")
root = None
print(rr(), log[-1])
def make():
    local = Node("local")
    return weakref.ref(local)
r = make()
print(r())
x = Node("x")
wx = weakref.ref(x)
alias = x
del x
print(wx() is alias)
del alias
print(wx())
cb_count = [0]
objs = [Node(i) for i in range(100)]
ws = [weakref.ref(o, lambda r: cb_count.__setitem__(0, cb_count[0] + 1)) for o in objs]
del objs
print(cb_count[0], sum(w() is None for w in ws))
d = {}
k = Node("k")
d[weakref.ref(k)] = 1
print(len(d), list(d)[0]() is k)

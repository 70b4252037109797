import weakref
class C:
    pass
log = []
def cb(w):
    log.append(("cb", w() is None, type(w).__name__))
o = C()
r = weakref.ref(o, cb)
print(r.__callback__ is cb)
del o
print(log, r.__callback__)
log.clear()
o = C()
r1 = weakref.ref(o, lambda w: log.append("first"))
r2 = weakref.ref(o, lambda w: log.append("second"))
r3 = weakref.ref(o)
print(r1 is not r2, weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is r3)
del o
print(log)
# callback not called when the ref dies first
log.clear()
o = C()
r = weakref.ref(o, lambda w: log.append("never"))
del r
del o
print(log)
# callback receives the ref itself
seen = []
o = C()
r = weakref.ref(o, lambda w: seen.append(w))
del o
print(seen[0] is r)
# objects in containers
log.clear()
objs = [C() for _ in range(3)]
refs = [weakref.ref(x, lambda w, i=i: log.append(i)) for i, x in enumerate(objs)]
objs.pop(1)
print(log)
del objs
print(sorted(log), [w() for w in refs])
# callback raising: printed as unraisable, execution goes on
def bad(w):
    raise ValueError("callback failed")
o = C()
r = weakref.ref(o, bad)
del o
print("after bad callback", r())
# resurrect-free: object reachable only through a cycle is not collected (no gc), so use plain del
o = C()
o.self_ref = weakref.ref(o)
del o
print("done")

import weakref
class O:
    def method(self): return "method result"
log = []
o = O()
f = weakref.finalize(o, log.append, "finalized")
print(f.alive, f.peek()[1] is log.append, f.atexit)
del o
print(log, f.alive, f())
o2 = O()
f2 = weakref.finalize(o2, lambda *a, **k: log.append((a, k)), 1, 2, key=3)
print(f2(), log[-1], f2.alive, f2())
del o2
print(len(log))
o3 = O()
f3 = weakref.finalize(o3, log.append, "no")
print(f3.detach()[2], f3.alive, f3.detach())
del o3
print(log[-1])
o4 = O()
wm = weakref.WeakMethod(o4.method)
print(wm()(), type(wm()).__name__, wm() == o4.method, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(o4.method)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
calls = []
wm3 = weakref.WeakMethod(o4.method, lambda r: calls.append(r is wm3))
del o4
print(wm(), calls, wm == wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(weakref.ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
o5 = O()
sr = Sub(o5, None, extra="data")
print(sr() is o5, sr.extra, type(sr).__name__, isinstance(sr, weakref.ref), sr is not weakref.ref(o5))
print(weakref.getweakrefcount(o5))
del o5
print(sr())

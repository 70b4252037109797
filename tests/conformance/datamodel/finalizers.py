# __del__ runs once when the last reference goes (rebinding, del, leaving a function,
# removal from containers), also in threads; exceptions in it are reported and ignored;
# a resurrected object is not finalized twice; weak reference callbacks run after it;
# atexit callbacks run last-registered first, then objects bound in __main__ are
# finalized.
import atexit, weakref, threading

class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class G(F):
    pass

class Bad:
    def __del__(self):
        raise ValueError("in del")

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix finalized once")
        saved.append(self)

x = F("x")
x = None
print("rebound x")
def f():
    local = G("local")
    print("in f")
f()
print("after f")
items = [F("item1"), F("item2")]
del items[0]
print("deleted item1")
items.clear()
b = Bad()
del b
print("after bad")
p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared saved")
w = F("weak")
r = weakref.ref(w, lambda ref: print("weakref callback"))
del w
print("after weak")
atexit.register(print, "atexit 1")
@atexit.register
def last():
    print("atexit 2 (runs first)")
shared = {"k": F("in shared dict")}
t = threading.Thread(target=lambda: shared["k"]); t.start(); t.join()
_private = F("_private")
public = F("public")
print("end of script")

import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))


gc.callbacks.append(cb)
print(gc.collect(), gc.collect(0), gc.collect(1), gc.collect(generation=2))
print(events)
gc.callbacks.remove(cb)
print(gc.collect(), len(events))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
was = gc.isenabled()
gc.disable()
print(was, gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
try:
    gc.set_threshold("a")
except TypeError as e:
    print("TypeError", e)
print(len(gc.get_count()), gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
gc.set_debug(0)
print(gc.garbage, type(gc.get_stats()), len(gc.get_stats()), sorted(gc.get_stats()[0]))


class Node:
    pass


print(gc.is_tracked(Node()), gc.is_tracked(Node), gc.is_tracked(None), gc.is_tracked(3.5),
      gc.is_tracked("s"), gc.is_tracked(b"b"), gc.is_tracked([1]), gc.is_tracked({}),
      gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked((1, "a")), gc.is_tracked((1, [])))
print(gc.is_finalized(Node()), gc.get_freeze_count())
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect() >= 0)

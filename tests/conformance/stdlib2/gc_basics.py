import gc
print(gc.collect(), gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.get_threshold()); gc.set_threshold(100, 5); print(gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked((1,2)), gc.is_tracked(([],)), gc.is_tracked({1:2}), gc.is_tracked({1:[]}), gc.is_tracked("s"))
print(gc.garbage, gc.get_freeze_count())
try: gc.collect(5)
except ValueError as e: print(e)

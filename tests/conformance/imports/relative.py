from rel.a import ay, bmod
print(ay(), bmod.__name__)
try:
    import rel.bad
except ImportError as e:
    print(type(e).__name__, e)
import rel
print(sorted(k for k in vars(rel) if not k.startswith("__")))

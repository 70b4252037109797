import circ.x
print(circ.x.use_y(), circ.y.PARTIAL_AT_IMPORT, circ.y.partial())
try:
    import circ.p
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import sys
print("circ.p" in sys.modules, "circ.q" in sys.modules)

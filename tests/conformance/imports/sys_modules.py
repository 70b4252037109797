import sys
import pkg.mod_a
import pkg.mod_a
first = sys.modules["pkg.mod_a"]
first.extra = "kept"
import pkg.mod_a as again
print(again is first, again.extra)
del sys.modules["pkg.mod_a"]
import pkg.mod_a as reloaded
print(reloaded is first, hasattr(reloaded, "extra"))
class Fake:
    answer = 42
sys.modules["fake_mod"] = Fake()
import fake_mod
print(fake_mod.answer)
from fake_mod import answer
print(answer)
sys.modules["none_mod"] = None
try:
    import none_mod
except ImportError as e:
    print(type(e).__name__, e)
print(sys.modules["sys"] is sys, "__main__" in sys.modules, sys.modules["__main__"].__name__)
import __main__
print(__main__.__name__, hasattr(__main__, "Fake"))
print(__name__ == "__main__")

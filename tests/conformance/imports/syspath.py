import sys
print(type(sys.path).__name__, sys.path[0].endswith("imports"), all(isinstance(p, str) for p in sys.path))
sys.path.insert(0, "extra_dir")
import extra_mod
print(extra_mod.VALUE, extra_mod.__file__.replace("\\", "/").endswith("extra_dir/extra_mod.py"))
sys.path.remove("extra_dir")
del sys.modules["extra_mod"]
try:
    import extra_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

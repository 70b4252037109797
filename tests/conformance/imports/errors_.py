try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.no_such
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path is not None and e.path.endswith("__init__.py"))
try:
    from pkg.mod_a import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg.mod_a.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
m = __import__("pkg.sub.leaf")
print(m.__name__)
m2 = __import__("pkg.sub.leaf", fromlist=["LEAF"])
print(m2.__name__)
try:
    import no_such_pkg.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .x import y")
except ImportError as e:
    print(type(e).__name__, e)

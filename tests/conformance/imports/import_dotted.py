import sys
import pkg.sub.leaf
print(pkg.sub.leaf.LEAF, pkg.pkg_value, pkg.sub.LEAF)
print("pkg" in sys.modules, "pkg.sub" in sys.modules, "pkg.sub.leaf" in sys.modules, "pkg.mod_a" in sys.modules)
import pkg.sub.leaf as lf
print(lf.__name__, lf is sys.modules["pkg.sub.leaf"])
from pkg.sub import deep
print(deep.deep_A, deep.__name__, deep.__package__)
from pkg.sub.deep import bottom
print(bottom.value, bottom.__package__)
import pkg.mod_a
print(pkg.mod_a.helper(), pkg.sub.helper())
print(pkg.__name__, pkg.__package__, pkg.sub.__package__, type(pkg.__path__).__name__, len(pkg.__path__))
print(pkg.__file__.endswith("__init__.py"), pkg.mod_a.__file__.endswith("mod_a.py"), hasattr(pkg.mod_a, "__path__"))
print(pkg.__spec__.name, pkg.sub.leaf.__spec__.name, pkg.__spec__.parent, pkg.sub.leaf.__spec__.parent)
import pkg as p2
print(p2 is pkg)

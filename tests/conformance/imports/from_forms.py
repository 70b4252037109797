from pkg import mod_a
from pkg.mod_a import A, helper as h
from pkg.sub import leaf, LEAF
import pkg.sub.leaf as L, pkg.mod_a as M
print(mod_a.A, A, h(), leaf.LEAF, LEAF, L is leaf, M is mod_a)
from pkg import (mod_a as m2,
                 pkg_value)
print(m2 is mod_a, pkg_value)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg")))
def inner():
    from pkg.sub import leaf as local_leaf
    import pkg.mod_a
    return local_leaf.LEAF, pkg.mod_a.A
print(inner())
class K:
    from pkg import pkg_value as attr
print(K.attr)
try:
    from pkg import *
    print("star ok", pkg_value)
except Exception as e:
    print(type(e).__name__, e)

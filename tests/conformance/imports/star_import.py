from star.with_all import *
print(public, _private_but_listed)
try:
    not_listed
except NameError as e:
    print(type(e).__name__, e)
from star.no_all import *
print(visible, sys.__name__)
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
try:
    from star.bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    g = {}
    exec("from star.with_all import *", g)
    return sorted(k for k in g if not k.startswith("__"))
print(f())

import warnings, sys
print(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("hello")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("rt"))
    for m in w:
        print(m.category.__name__, m.message, type(m.message).__name__, m.lineno, m.filename == __file__)
print(warnings.filters[:2])
def f():
    warnings.warn("from f", stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    for i in range(3):
        f()
    print(len(w), w[0].lineno)
class Cap:
    def __init__(self): self.s = []
    def write(self, x): self.s.append(x)
c = Cap()
old = sys.stderr
sys.stderr = c
for i in range(3):
    warnings.warn("once here")
warnings.warn("dep main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
sys.stderr = old
print("".join(c.s).replace(__file__, "FILE"))
print(warnings.formatwarning("msg", UserWarning, "x.py", 3, "  code  "))
warnings.simplefilter("error")
try:
    warnings.warn("boom", UserWarning)
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
print(warnings.filters)
try: warnings.warn("x", 5)
except TypeError as e: print(e)
try: warnings.simplefilter("bogus")
except AssertionError as e: print(e)
log = []
def sw(message, category, filename, lineno, file=None, line=None):
    log.append((str(message), category.__name__))
warnings.showwarning = sw
warnings.simplefilter("always")
warnings.warn("custom")
print(log)
print(repr(warnings.catch_warnings(record=True)))
m = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(str(m))

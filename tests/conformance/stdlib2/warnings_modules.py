# Default filters: DeprecationWarning is shown for code in __main__ and ignored elsewhere;
# the module is the one whose frame the stacklevel selects.
import warnings

lib = {"__name__": "somelib", "warnings": warnings}
exec("""
def lib_warn(msg, cat=DeprecationWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level)
""", lib)
lib_warn = lib["lib_warn"]
anon = {"warnings": warnings}
exec("def anon_warn():\n    warnings.warn('anonymous', UserWarning)\n", anon)
anon_warn = anon["anon_warn"]


def show(log):
    return [(w.category.__name__, str(w.message), w.filename.replace(__file__, "FILE"), w.lineno) for w in log]


with warnings.catch_warnings(record=True) as log:
    lib_warn("deprecated inside the library")
    lib_warn("pending inside the library", PendingDeprecationWarning)
    lib_warn("user warning inside the library", UserWarning)
    lib_warn("attributed to the caller", DeprecationWarning, 2)
    warnings.warn("deprecated in main", DeprecationWarning)
    warnings.warn("pending in main", PendingDeprecationWarning)
    warnings.warn("resource", ResourceWarning)
    warnings.warn("import", ImportWarning)
    anon_warn()
    print(show(log))
    print(sorted(k for k in lib.get("__warningregistry__", {}) if k != "version"))

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("always")
    lib_warn("now shown", DeprecationWarning)
    print(show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    lib_warn("deep", UserWarning, 50)
    print(show(log))
print(warnings.filters[:2])

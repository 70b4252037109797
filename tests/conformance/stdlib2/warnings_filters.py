import warnings


def show(log):
    return [(w.category.__name__, str(w.message), w.lineno) for w in log]


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        emit("repeat")
    emit("repeat")
    emit("other")
    print(show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        emit("once msg")
    emit("once msg")
    print(show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    emit("mod msg")
    emit("mod msg")
    print(show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", DeprecationWarning)
    emit("dep", DeprecationWarning)
    emit("user")
    emit("pending", PendingDeprecationWarning)
    print(show(log), [f[0] for f in warnings.filters[:2]])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", category=RuntimeWarning, lineno=0)
    emit("rt", RuntimeWarning)
    emit("u")
    print(show(log))

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    emit("no filters means default action")
    emit("no filters means default action")
    print(show(log), warnings.filters)

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        emit("as error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    with warnings.catch_warnings(record=True) as log:
        warnings.warn(RuntimeWarning("instance passed"))
        print("not raised", show(log))

with warnings.catch_warnings(action="error", category=SyntaxWarning):
    try:
        warnings.warn("sw", SyntaxWarning)
    except SyntaxWarning as e:
        print("action error", e)


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("base")
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
    warnings.warn_explicit("explicit module", UserWarning, "fake.py", 43, module="fake")
    print(show(log), log[-1].filename)

before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    inner = len(warnings.filters)
print(warnings.filters == before, inner == len(before) + 1)
warnings.simplefilter("default", append=True)
warnings.simplefilter("default", append=True)
print(warnings.filters.count(("default", None, Warning, None, 0)))
warnings.simplefilter("ignore", lineno=5)
print(warnings.filters[0])
try:
    warnings.simplefilter("ignore", lineno=-1)
except AssertionError as e:
    print("AssertionError", e)
cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
print(warnings.formatwarning("text", DeprecationWarning, "/x/y.py", 10, line=""))
print(repr(warnings.formatwarning("text", UserWarning, "nofile.py", 1)))
m = warnings.WarningMessage(UserWarning("w"), UserWarning, "f.py", 3, line="src")
print(m, m.message, m.category.__name__, m.source)

# sys._getframe: the caller's frame and outer ones through f_back, with f_code (co_name,
# co_filename), f_lineno, f_globals, f_locals and f_builtins. (weft's frames are snapshots:
# f_lineno of a frame that is still running is not read here.)
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno, sorted(k for k in f.f_locals if not k.startswith('__'))


def outer(a, b=2):
    c = a + b
    return inner(c)


def inner(x):
    y = x * 2
    chain = [sys._getframe().f_code.co_name]
    f = sys._getframe(1)
    while f is not None:
        chain.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return chain, where(), where(2)


chain, here, up = outer(1)
print(chain)
print(here, up)
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), f.f_locals is globals(),
      f.f_code.co_filename.endswith('getframe.py'), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)


def caller_name():
    return sys._getframe(1).f_globals['__name__'], sys._getframe(1).f_code.co_name


def user():
    return caller_name()


print(user(), caller_name())


class K:
    name = sys._getframe().f_code.co_name
    loc = sorted(sys._getframe().f_locals)


print(K.name, K.loc)


def closure():
    v = 10

    def inn():
        return v, sorted(sys._getframe().f_locals.items())
    return inn()


print(closure())
print([sys._getframe().f_code.co_name for _ in range(1)][0])
g = (sys._getframe().f_code.co_name for _ in range(1))
print(next(g))
for bad in (100, 'a', (1, 2)):
    try:
        if isinstance(bad, tuple):
            sys._getframe(*bad)
        else:
            sys._getframe(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys._getframe(-1).f_code.co_name)

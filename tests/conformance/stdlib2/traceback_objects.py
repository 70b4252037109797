# __traceback__ objects, with_traceback, sys.exc_info and stack extraction.
import sys
import traceback


def clean(s):
    return str(s).replace(__file__, "FILE")


def f():
    raise ValueError("x")


def g():
    f()


try:
    g()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__)
    while tb is not None:
        fr = tb.tb_frame
        print(tb.tb_lineno, fr.f_code.co_name, clean(fr.f_code.co_filename), type(fr).__name__,
              fr.f_globals is globals())
        tb = tb.tb_next
    saved = e.__traceback__
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
    e.__traceback__ = saved
    print(len(traceback.extract_tb(e.__traceback__)))
    try:
        e.__traceback__ = 5
    except TypeError as err:
        print("TypeError", err)

try:
    [].pop()
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb.tb_next)


def reraiser():
    try:
        g()
    except ValueError as e:
        raise e


try:
    reraiser()
except ValueError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])


def bare():
    try:
        f()
    except ValueError:
        raise


try:
    bare()
except ValueError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])


def inner():
    return traceback.extract_stack()


def outer():
    return inner()


st = outer()
print([(fs.name, fs.lineno, fs.line) for fs in st])
print([(fs.name, fs.line) for fs in traceback.extract_stack(limit=1)])


def show():
    print(clean("".join(traceback.format_stack())))


show()


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def stack_printer():
    o = Out()
    traceback.print_stack(file=o)
    return clean("".join(o.parts))


print(stack_printer())


def gen():
    yield 1
    raise KeyError("in generator")


try:
    for x in gen():
        pass
except KeyError as e:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__, type(tb).__name__, tb.tb_lineno)
        return True


with Ctx():
    raise RuntimeError("in with")
print([fr for fr, _ in traceback.walk_tb(None)])

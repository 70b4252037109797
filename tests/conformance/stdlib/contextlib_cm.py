from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, redirect_stderr, ContextDecorator, AbstractContextManager
import sys

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e
try:
    with transform():
        raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, repr(e.__cause__))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def yields_again_after_throw():
    try:
        yield
    except ValueError:
        yield
try:
    with yields_again_after_throw():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration('stop!')
except StopIteration as e:
    print('StopIteration propagated', e)
try:
    with passthrough():
        raise RuntimeError('rt')
except RuntimeError as e:
    print('RuntimeError propagated', e)

@contextmanager
def counter():
    yield
@counter()
def decorated(x):
    print('decorated called', x)
    return x * 2
print(decorated(3), decorated(4))

@contextmanager
def documented():
    """Doc of cm."""
    yield
print(documented.__name__, documented.__doc__, documented().__doc__)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed', e)
with suppress(Exception):
    raise ValueError

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext(5) as v:
    print('nullcontext', v)
with nullcontext() as v:
    print('nullcontext', v)

log = []
with ExitStack() as stack:
    stack.callback(log.append, 'cb1')
    stack.callback(lambda: log.append('cb2'))
    v = stack.enter_context(tag('es'))
    log.append('body ' + v)
    @stack.push
    def exit_fn(*exc):
        log.append(('exit_fn', exc[0]))
print(log)
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('suppressed by push')
print('suppressed by ExitStack')
try:
    with ExitStack() as stack:
        def bad(*exc):
            raise KeyError('from callback')
        stack.push(bad)
        raise ValueError('original')
except KeyError as e:
    print('KeyError', e, 'context', repr(e.__context__))
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, 'moved callback ran')
    moved = inner.pop_all()
    inner.close()
    print('before close')
    moved.close()
try:
    ExitStack().enter_context(5)
except TypeError as e:
    print('TypeError', e)
es = ExitStack(); es.callback(print, 'closing now'); es.close(); es.close()

class FakeOut:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        pass
f = FakeOut()
with redirect_stdout(f) as target:
    print('hidden', 1)
print('captured', ''.join(f.data).split(), target is f)
g = FakeOut()
with redirect_stderr(g):
    sys.stderr.write('err text')
print('captured err', g.data)

class mycd(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False
@mycd()
def work():
    print('working')
work()
print(isinstance(nullcontext(), AbstractContextManager), isinstance(open if False else Res(), AbstractContextManager))
class CMish:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
print(issubclass(CMish, AbstractContextManager))

from contextlib import contextmanager, ExitStack, suppress
import sys

events = []

@contextmanager
def resource(name, fail_on_exit=False):
    events.append('open ' + name)
    try:
        yield name
    except Exception as e:
        events.append('%s saw %s' % (name, type(e).__name__))
        raise
    finally:
        events.append('close ' + name)
        if fail_on_exit:
            raise OSError('close failed: ' + name)

with resource('a') as a, resource('b') as b:
    events.append('body %s %s' % (a, b))
print(events); events.clear()

try:
    with resource('a'), resource('b'):
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e)
print(events); events.clear()

try:
    with resource('a', fail_on_exit=True):
        raise ValueError('inner')
except OSError as e:
    print('OSError', e, 'context:', repr(e.__context__))
print(events); events.clear()

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in 'xyz']
    events.append('using ' + ''.join(names))
print(events); events.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(resource('p'))
        stack.enter_context(resource('q', fail_on_exit=True))
        raise IndexError('body')
except OSError as e:
    print('OSError', e, repr(e.__context__))
print(events); events.clear()

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    stack.enter_context(resource('r'))
    1 / 0
print('after suppressed', events); events.clear()

@contextmanager
def retry_info():
    try:
        yield
    except GeneratorExit:
        events.append('generator exit')
        raise

cm = retry_info()
cm.__enter__()
cm.gen.close()
print(events); events.clear()

@contextmanager
def catches_and_yields_value():
    try:
        yield 'v'
    except ZeroDivisionError:
        events.append('caught zde')
for i in range(3):
    with catches_and_yields_value() as v:
        if i == 1:
            1 / 0
    events.append(v + str(i))
print(events); events.clear()

@contextmanager
def reraises_different():
    try:
        yield
    except ValueError:
        raise RuntimeError('different')
try:
    with reraises_different():
        raise ValueError('orig')
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)

@contextmanager
def gen_returns_on_stopiteration():
    try:
        yield
    except StopIteration:
        events.append('gen caught StopIteration')
with gen_returns_on_stopiteration():
    raise StopIteration('x')
print(events); events.clear()

def nested_generators():
    with resource('in-gen'):
        yield 1
        yield 2
g = nested_generators()
print(next(g), events)
g.close()
print(events); events.clear()

class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        events.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        events.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return self.name == 'swallow'
with ExitStack() as stack:
    stack.enter_context(Tracker('swallow'))
    stack.enter_context(Tracker('plain'))
    raise ValueError
print(events); events.clear()
with ExitStack() as stack:
    for i in range(3):
        stack.callback(events.append, 'cb%d' % i)
print(events)

# type.__dict__ and vars(cls) are read-only mappingproxy views of the live class
# namespace; types.MappingProxyType wraps any mapping.
import types


class A:
    x = 1

    def f(self):
        pass


d = A.__dict__
print(type(d), type(d).__name__, d['x'], 'f' in d, 'nope' in d, sorted(k for k in d if not k.startswith('__')))
A.y = 2
print(d['y'], d.get('zz', 5), d.get('x'), d == dict(d), d != {}, type(d.copy()).__name__, vars(A) == d)
print(type(vars(A)).__name__, types.MappingProxyType is type(int.__dict__), int.__dict__['__add__'])
p = types.MappingProxyType({'a': 1, 'b': 2})
print(p, repr(p), str(p), len(p), list(p), list(p.keys()), list(p.values()), list(p.items()))
print(p | {'c': 3}, {'c': 3} | p, list(reversed(p)), p.copy(), p == {'a': 1, 'b': 2}, p['b'])
print(types.MappingProxyType(p), types.MappingProxyType[str, int])
src = {'k': 1}
live = types.MappingProxyType(src)
src['k2'] = 2
print(live, len(live))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def setitem():
    d['z'] = 1


def delitem():
    del d['x']


def setattr_():
    p.x = 1


show(setitem)
show(delitem)
show(setattr_)
show(lambda: p['missing'])
show(lambda: types.MappingProxyType([1]))
show(lambda: types.MappingProxyType((1,)))
show(lambda: types.MappingProxyType(5))
show(lambda: types.MappingProxyType())
show(lambda: hash(p))
show(lambda: p.get())
show(lambda: p | 5)
show(lambda: p.pop('a'))
show(lambda: p.update({}))

from collections import OrderedDict

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(repr(OrderedDict()), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=1, y=2))
od.move_to_end('b'); print(list(od))
od.move_to_end('b', last=False); print(list(od))
od.move_to_end('c', False); print(list(od))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, dict(a) == dict(b), a == dict(b), dict(b) == a, a != b)
print(list(reversed(a)), list(reversed(a.keys())), list(reversed(a.items())))
a[3] = 3; a[1] = 'one'; print(a)
del a[2]; print(a)
print(a.pop(3), a.pop(99, 'dflt'), a.setdefault(5, 'five'), a)
try:
    a.pop(42)
except KeyError as e:
    print('KeyError', e)
f = OrderedDict.fromkeys('abc', 0)
print(f, type(f).__name__)
c = f.copy(); c['a'] = 1; print(c, f, type(c).__name__)
print(f | {'d': 1}, type(f | {'d': 1}).__name__)
f |= {'z': 9}; print(f)
f.update([('y', 1)], w=2); print(f)
print(isinstance(f, dict), len(f), 'a' in f)
try:
    OrderedDict(1)
except TypeError as e:
    print('TypeError', e)
lru = OrderedDict()
for k in [1, 2, 3, 1, 4, 2, 5]:
    if k in lru:
        lru.move_to_end(k)
    lru[k] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
r = OrderedDict(); r['me'] = r
print(r)
try:
    hash(OrderedDict())
except TypeError:
    print('unhashable')

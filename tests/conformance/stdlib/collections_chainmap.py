from collections import ChainMap

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
cm = ChainMap(a, b)
print(cm, cm['x'], cm['y'], cm['z'], len(cm), sorted(cm), 'z' in cm, 'w' in cm)
print(cm.get('w'), cm.get('z'), cm.get('w', 0), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
cm['w'] = 5; print(a)
del cm['w']; print(a)
try:
    del cm['z']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child()
child['x'] = 100
print(child, child['x'], cm['x'], child.parents, child.maps[0])
c2 = cm.new_child({'q': 1}); print(c2)
c3 = cm.new_child(k=2); print(c3.maps[0])
print(repr(ChainMap()), ChainMap({}) == {}, ChainMap(a, b) == {'x': 1, 'y': 2, 'z': 30})
print(cm.pop('x'), a)
try:
    cm.pop('z')
except KeyError as e:
    print('KeyError', e)
print(cm.popitem(), a)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
cm.clear(); print(cm, bool(cm), bool(ChainMap({})))
d = ChainMap({'a': 1}, {'b': 2})
cp = d.copy(); cp['a'] = 9; print(d, cp)
print(ChainMap.fromkeys('ab', 0), d | {'c': 3}, {'c': 3} | d)
d |= {'e': 5}; print(d)
print(d.setdefault('a', 7), d.setdefault('n', 8), d)
d.update({'u': 1}, v=2); print(d.maps[0])
import collections.abc
print(isinstance(d, collections.abc.MutableMapping), isinstance(d, collections.abc.Mapping))
print(sorted(d.keys() & {'a', 'zz'}))
r = ChainMap({}); r.maps[0]['self'] = r; print(r)
class Defaults(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key
print(Defaults({'a': 1})['zz'])

from collections import defaultdict

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b'].append(3)
print(d, d['a'], len(d), dict(d))
print(repr(defaultdict(int)), repr(defaultdict()), repr(defaultdict(None, {1: 2})))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
print(c.get('zz'), 'zz' in c, c['zz'], 'zz' in c)
n = defaultdict(None)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
s = defaultdict(set, a={1})
s['a'].add(2); s['b'].add(3)
print(sorted((k, sorted(v)) for k, v in s.items()))
d2 = defaultdict(lambda: 'default', [(1, 'one')])
print(d2[1], d2[2], sorted(d2.items()))
cp = d.copy()
print(type(cp).__name__, cp.default_factory is list, cp == d, cp is d)
cp['new'].append(0); print('new' in d, 'new' in cp)
print(isinstance(d, dict), isinstance(d, defaultdict))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
d.default_factory = int
print(d['q'], d)
u = defaultdict(int, {'a': 1}) | {'b': 2}
print(type(u).__name__, u)
u2 = {'z': 0} | defaultdict(int, {'a': 1})
print(type(u2).__name__, u2)
print(defaultdict(list, {1: [2]}) == {1: [2]})
print(d.pop('q'), d.setdefault('k', 5), d)
class Sub(defaultdict):
    pass
print(Sub(list), Sub(list)['x'])
dd = defaultdict(list)
dd[1]
print(dd)
r = defaultdict(list)
r['self'] = r
print(r)

from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), ''.join(Counter('aab').elements()))
print(repr(Counter()), Counter({'x': 2, 'y': 5}), Counter(a=3, b=1), Counter(['a', 'b', 'a']))
c.update('aaz'); print(c)
c.update({'z': 10}); print(c['z'])
c.update(q=2); print(c['q'])
c.subtract('aaaa'); print(c['a'])
c.subtract({'q': 5}); print(c['q'])
c.subtract(b=1); print(c['b'])
del c['nope']; del c['z']; print('z' in c)
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a | b, a & b, +a, -a)
x = Counter(a=3, b=1); x += Counter(a=-3, c=2); print(x)
x = Counter(a=3, b=1); x -= Counter(a=1, b=5); print(x)
x = Counter(a=3, b=1); x |= Counter(a=1, b=5); print(x)
x = Counter(a=3, b=1); x &= Counter(a=1, c=5); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter(a=1) == {'a': 1})
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print('TypeError', e)
try:
    Counter(5)
except TypeError as e:
    print('TypeError', e)
print(Counter({'x': 'a', 'y': 'b'}) if False else Counter({1: 1.5, 2: 0.5}))
print(Counter({'a': [1], 'b': 2}))
cp = c.copy(); print(type(cp).__name__, cp == c)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
print(Counter(len(w) for w in words))
print(isinstance(c, dict), dict(Counter('aa')), sorted(Counter('cab')))
class Sub(Counter):
    pass
print(Sub('aa'), repr(Sub()))
try:
    hash(Counter())
except TypeError as e:
    print('TypeError', e)
print(Counter('ab').keys(), Counter('abb').values())
print(Counter(a=1, b=3, c=2).most_common(1))

from operator import itemgetter, attrgetter, methodcaller
import operator

g = itemgetter(1)
print(g([1, 2, 3]), g('xyz'), g({1: 'one'}))
print(repr(g), repr(itemgetter(1, 'a')), repr(itemgetter(slice(1, 2))))
g2 = itemgetter(0, 2)
print(g2('abc'), g2([[1], 2, {3}]))
print(itemgetter(slice(None, None, -1))('abc'))
try:
    itemgetter()
except TypeError as e:
    print('TypeError', e)
try:
    g([])
except IndexError as e:
    print('IndexError', e)
try:
    g(5)
except TypeError as e:
    print('TypeError', e)
try:
    itemgetter('k')({})
except KeyError as e:
    print('KeyError', e)

data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(list(map(itemgetter(0), data)))

class P:
    def __init__(self, name, age, parent=None):
        self.name = name
        self.age = age
        self.parent = parent
    def greet(self, greeting='hi', punct='!'):
        return greeting + ' ' + self.name + punct

p = P('ann', 30, P('bob', 60, P('cy', 90)))
print(attrgetter('name')(p), attrgetter('name', 'age')(p))
print(attrgetter('parent.name')(p), attrgetter('parent.parent.age', 'name')(p))
print(repr(attrgetter('name')), repr(attrgetter('a.b', 'c')))
for bad in [(1,), ('a', 2)]:
    try:
        attrgetter(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    attrgetter()
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    attrgetter('nope')(p)
except AttributeError as e:
    print('AttributeError', e)
try:
    attrgetter('parent.nope')(p)
except AttributeError as e:
    print('AttributeError', e)
people = [P('z', 5), P('y', 3), P('x', 4)]
print([q.name for q in sorted(people, key=attrgetter('age'))])

m = methodcaller('greet')
print(m(p), methodcaller('greet', 'yo')(p), methodcaller('greet', punct='?')(p))
print(repr(m), repr(methodcaller('greet', 'yo', punct='?')), repr(methodcaller('f', 1, [2], a='b')))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('count', 1)([1, 1, 2]))
try:
    methodcaller()
except TypeError as e:
    print('TypeError', e)
try:
    methodcaller(5)
except TypeError as e:
    print('TypeError', e)
try:
    methodcaller('nope')(1)
except AttributeError as e:
    print('AttributeError', e)
print(type(g).__name__, type(m).__name__, type(attrgetter('x')).__name__)
print(callable(g), callable(m))

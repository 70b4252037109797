from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, Point._field_defaults, Point.__name__)
print(p._asdict(), p._replace(x=10), Point._make([7, 8]), Point._make(iter('ab')))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
x, y = p; print(x, y)
print(hash(p) == hash((1, 2)), p + (3,), p * 2, sorted([Point(2, 1), Point(1, 2)]))
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((), {'x': 1, 'z': 2}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', type(e).__name__)

P3 = namedtuple('P3', 'a b c')
print(P3(1, 2, 3), namedtuple('Q', 'a, b')(1, 2), namedtuple('One', 'only')(5), namedtuple('Zero', '')())
D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D._field_defaults, D.__new__.__defaults__)
D2 = namedtuple('D2', ['a', 'b'], defaults=(None,))
print(D2(1), D2._field_defaults)
try:
    namedtuple('T', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
for name, fields in [('T', 'a b a'), ('T', 'a _b'), ('T', 'a class'), ('T', 'a 1x'), ('1T', 'a'), ('def', 'a'), ('T', ['a', 'b-c'])]:
    try:
        namedtuple(name, fields)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('T', [1, 2])
except ValueError as e:
    print('ValueError', e)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '3'], rename=True)
print(R._fields)
print(namedtuple('T', ('x', 'y'))._fields, namedtuple(u'Uni', 'a')(1))

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._fields, type(v + v).__name__)
Emp = namedtuple('Emp', 'name age')
rows = [Emp('bob', 30), Emp('al', 25)]
print(sorted(rows, key=lambda e: e.age), max(rows, key=lambda e: e.age).name)
print(Emp._make(['x', 1])._asdict())
print(p.__getnewargs__(), Point.__match_args__, Point._make.__doc__)
print(repr(Point(x=[1], y={'a': 'b'})), Point(Point(1, 2), None))
print(type(p).__mro__[1:], Point.__slots__)
print(Point.__new__.__name__, Point.__new__.__qualname__, Point._replace.__qualname__)

import copy

l = [1, [2, 3], {'a': [4]}]
s = copy.copy(l); d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d[1] is l[1], d[2]['a'] is l[2]['a'], d == l)
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2); print(dt == t2, dt is t2, dt[1] is t2[1])
for v in [1, 2.5, 'str', b'b', None, True, range(3), len, frozenset({1}), 3j, Ellipsis, int]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
st = {1, 2}; print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
ba = bytearray(b'xy'); print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))
fs = frozenset([(1, 2)]); print(copy.deepcopy(fs) == fs)
dd = {'k': [1, 2]}; c1 = copy.copy(dd); c1['k'].append(3); print(dd)
c2 = copy.deepcopy(dd); c2['k'].append(4); print(dd, c2)

cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is not cyc, len(dc))
dcy = {}; dcy['self'] = dcy
ddc = copy.deepcopy(dcy); print(ddc['self'] is ddc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)

class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.items)
p = P(1, [1, 2])
pc = copy.copy(p); pd = copy.deepcopy(p)
print(pc, pd, pc is p, pc.items is p.items, pd.items is p.items, type(pd).__name__)
node = P('n', None); node.items = node
nd = copy.deepcopy(node); print(nd.items is nd, nd is not node)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return WithCopy('copied-' + self.v)
    def __deepcopy__(self, memo):
        return WithCopy('deep-' + self.v)
w = WithCopy('x')
print(copy.copy(w).v, copy.deepcopy(w).v, copy.deepcopy([w])[0].v)

class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a * 2,))
print(copy.copy(Red(2)).a, copy.deepcopy(Red(3)).a)

class State:
    def __init__(self):
        self.a = 1
        self.secret = 'x'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
sc = copy.copy(State()); print(sorted(vars(sc).items()))

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = 't'
mlc = copy.copy(ml); mld = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.tag, mld, mld[1] is ml[1], mlc[1] is ml[1])
class MyDict(dict):
    pass
md = MyDict(a=[1]); mdd = copy.deepcopy(md)
print(type(mdd).__name__, mdd, mdd['a'] is md['a'])
class MyInt(int):
    pass
mi = copy.copy(MyInt(5)); print(type(mi).__name__, mi)
class MyStr(str):
    pass
print(type(copy.deepcopy(MyStr('s'))).__name__)

from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
Pt = namedtuple('Pt', 'x y')
pt = Pt(1, [2])
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y, type(copy.copy(pt)).__name__)
dq = deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[1] is dq[1], copy.deepcopy(dq).maxlen)
od = OrderedDict([('b', 1), ('a', [2])])
print(copy.copy(od), copy.deepcopy(od), copy.deepcopy(od)['a'] is od['a'])
ddl = defaultdict(list, {'k': [1]})
dc2 = copy.deepcopy(ddl); print(dc2, dc2['k'] is ddl['k'], dc2['new'])
print(copy.copy(Counter('aab')), copy.deepcopy(Counter('ab')))
def fn():
    pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(P) is P)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E()}
except TypeError as e:
    print(type(e).__name__, e)
class H(E):
    __hash__ = object.__hash__
print(type(hash(H())).__name__)
class P:
    pass
print(P.__hash__ is object.__hash__)
class N:
    __hash__ = None
try:
    hash(N())
except TypeError as e:
    print(type(e).__name__, e)
class S(E):
    pass
print(S.__hash__)
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {K(1): "a", K(2): "b"}
print(d[K(1)], K(2) in d, K(3) in d)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class NegHash:
    def __hash__(self): return -1
print(hash(NegHash()))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(complex(1, 0)) == hash(1), hash(complex(0, 1)) )
print(hash(-1), hash(-2))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, []))
except TypeError as e:
    print(type(e).__name__, e)
class EqOnlyNe:
    def __ne__(self, o): return False
print(EqOnlyNe.__hash__ is object.__hash__)
# __eq__ default via identity, __ne__ inverts __eq__
class Q:
    def __eq__(self, o): return "yes"
print(Q() != Q(), Q() == Q())
class Q2:
    def __eq__(self, o): return NotImplemented
a = Q2()
print(a == a, a != a, a == Q2())

# getstate/setstate, subclasses that replace random() or getrandbits(), and SystemRandom's
# stateless interface.
import random

random.seed(77)
state = random.getstate()
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
print(state[0], len(state[1]), state[1][-1], state[2])

random.seed(78)
random.gauss()
st = random.getstate()
print(st[2] is not None, type(st[2]).__name__)
x = random.gauss()
random.setstate(st)
print(x == random.gauss())

r = random.Random()
r.setstate(state)
print(r.random() == first[0])
v2 = (2, state[1], None)
r.setstate(v2)
print(r.random() == first[0])

for bad in [(4, state[1], None), (3, (1, 2, 3), None), (3, state[1][:-1] + (700,), None),
            (3, [0] * 625, None), (3, state[1][:-1] + (-1,), None)]:
    try:
        r.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
neg = (3, (-1,) + state[1][1:], None)
try:
    r.setstate(neg)
except Exception as e:
    print(type(e).__name__, e)


class Quarter(random.Random):
    def random(self):
        return 0.25


q = Quarter(1)
print(q.randrange(100), q.choice("abcd"), q.uniform(0, 8), q.randint(1, 4))
print(Quarter._randbelow is Quarter._randbelow_without_getrandbits)


class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 1


b = Bits(1)
print(b.randrange(5), Bits._randbelow is Bits._randbelow_with_getrandbits)


class Plain(random.Random):
    pass


p = Plain(3)
print(p.random() == random.Random(3).random(), type(p).__name__, isinstance(p, random.Random))
print(random.Random.__module__, random.Random.__name__)

s = random.SystemRandom()
print(0 <= s.random() < 1, 0 <= s.randrange(10) < 10, len(s.randbytes(4)), s.getrandbits(0))
print(s.seed(5))
try:
    s.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)

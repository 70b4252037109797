class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd called with", other)
        return self.__add__(other)
    def __sub__(self, other):
        if isinstance(other, int):
            return Money(self.cents - other)
        return NotImplemented
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented
m = Money(100)
print(m + 5, 5 + m, m + Money(1), sum([Money(1), Money(2)], Money(0)))
print(sum([Money(1), Money(2)]))
print(m - 30, 300 - m)
try:
    m + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" - m
except TypeError as e:
    print(type(e).__name__, e)
print(m == Money(100), m == 100, m != Money(5), Money(1) == Money(1.0))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("Cmp.__lt__")
        return self.v < o
    def __gt__(self, o):
        print("Cmp.__gt__")
        return self.v > o
print(5 < Cmp(10), 5 > Cmp(10))

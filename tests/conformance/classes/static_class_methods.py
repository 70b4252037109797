class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.increment(), Counter.increment(), Sub.increment(), Counter.count, Sub.count)
sm = staticmethod(len)
class UsesSM:
    f = staticmethod(lambda a, b: a + b)
    g = classmethod(lambda cls: cls.__name__)
print(UsesSM.f(1, 2), UsesSM().f(3, 4), UsesSM.g(), UsesSM().g())

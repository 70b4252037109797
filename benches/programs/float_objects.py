# quick-arg: 10000
# Many small objects with float fields: a Point class, allocation of lots of
# instances, method calls returning new objects, math.sin/cos/sqrt.
# Stresses object creation/destruction, attribute access, float boxing.
import sys
import math


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        n = self.length()
        self.x /= n
        self.y /= n
        self.z /= n
        return self

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def scaled(self, k):
        return Point(self.x * k, self.y * k, self.z * k)

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


class ColoredPoint(Point):
    def __init__(self, x, y, z, weight):
        super().__init__(x, y, z)
        self.weight = weight

    def scaled(self, k):
        return ColoredPoint(self.x * k, self.y * k, self.z * k, self.weight)


def make_points(n):
    pts = []
    for i in range(n):
        t = float(i)
        x = math.sin(t)
        p = Point(x, math.cos(t) * 3.0, x * x / 2.0 + 0.25)
        pts.append(p.normalize())
    return pts


def reduce_points(pts):
    best = pts[0]
    for p in pts[1:]:
        best.maximize(p)
    acc = Point(0.0, 0.0, 0.0)
    for i, p in enumerate(pts):
        acc = acc.add(p.scaled(1.0 / (i + 1)))
    return best, acc


def colored(n):
    acc = 0.0
    prev = ColoredPoint(1.0, 2.0, 3.0, 0.5)
    for i in range(n):
        c = ColoredPoint(i * 0.001, 1.0 - i * 0.002, 0.5, i % 7)
        d = c.scaled(0.5).add(prev)
        acc += d.length() * c.weight
        prev = c
    return acc


def main():
    n = 180000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    rounds = 3
    sx = 0.0
    sy = 0.0
    for r in range(rounds):
        pts = make_points(n)
        best, acc = reduce_points(pts)
        sx += best.x + best.y + best.z
        sy += acc.x + acc.y + acc.z
    c = colored(n)
    print("float_objects checksum %.6f %.6f %.4f" % (sx, sy, c))


main()

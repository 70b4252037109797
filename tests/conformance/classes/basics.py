class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__name__, Point.__doc__)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
q.dims = 3
print(q.dims, Point.dims, p.dims)
Point.dims = 5
print(p.dims, q.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
p.extra = "dynamic"
print(p.extra, hasattr(p, "extra"), hasattr(q, "extra"))
m = p.norm2
print(m(), Point.norm2(p), type(m).__name__)
print(p.__dict__ if False else sorted(vars(p)) if False else "skip vars")
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, Empty.__name__, type(e).__name__)

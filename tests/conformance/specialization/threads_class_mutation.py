# A class, a global and a builtin are changed by one thread while another thread has
# specialized code running on them: after each change (sequenced with events, so the
# output is deterministic) the other thread must see the new behaviour.
import threading
import builtins


class Point:
    scale = 1

    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x * self.scale


LIMIT = 5
real_abs = abs


def work(points):
    s = 0
    for p in points:
        s += abs(p.norm()) + p.x + Point.scale
    return (s, abs(-len(points)), LIMIT)


points = [Point(i) for i in range(50)]
results = []
step = [threading.Event() for _ in range(6)]
done = [threading.Event() for _ in range(6)]


def worker():
    for i in range(6):
        step[i].wait()
        for _ in range(20):
            r = work(points)
        results.append((i, r))
        done[i].set()


t = threading.Thread(target=worker)
t.start()
changes = [
    lambda: None,
    lambda: setattr(Point, "scale", 3),
    lambda: setattr(Point, "norm", lambda self: -self.x),
    lambda: globals().__setitem__("LIMIT", 99),
    lambda: setattr(builtins, "abs", lambda x: 1000),
    lambda: [setattr(p, "x", 1) for p in points],
]
for i, change in enumerate(changes):
    change()
    step[i].set()
    done[i].wait()
    # The main thread runs the same code too (its own quickened copy).
    print(i, results[-1], work(points))
t.join()
builtins.abs = real_abs

# The other direction: the worker mutates, the main thread runs specialized code.
go = threading.Event()
mutated = threading.Event()


class Shape:
    sides = 3


def count(shapes):
    return sum(s.sides for s in shapes)


shapes = [Shape() for _ in range(30)]
before = [count(shapes) for _ in range(10)][-1]


def mutator():
    go.wait()
    Shape.sides = 4
    shapes[0].sides = 100
    mutated.set()


m = threading.Thread(target=mutator)
m.start()
go.set()
mutated.wait()
m.join()
print("before", before, "after", count(shapes))

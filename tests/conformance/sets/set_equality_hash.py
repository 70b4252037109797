class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {P(1, 2), P(1, 2), P(2, 1)}
print(len(pts), P(1, 2) in pts, P(3, 3) in pts)
print(sorted(pts, key=lambda p: (p.x, p.y)))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), set() == frozenset(), {1} == [1])
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(len({0, 0.0, False}), len({1, 1.0, True, 2}), len({(), (1,), (1, 1)}))

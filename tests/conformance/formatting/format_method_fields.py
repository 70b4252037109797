data = {"user": {"name": "zed", "tags": ["a", "b"]}, "n": 3}
print("{0[user][name]} has {0[user][tags][1]} and {0[n]}".format(data))
print("{d[user][tags]}".format(d=data))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, 2)
print("({0.x}, {0.y})".format(p), "{p.x}{p.y}".format(p=p))
print("{0}{1}{0}{2}".format("a", "b", "c"))
print("{} {} {}".format(*"xyz"))
print("{a}-{b}".format(**{"a": 1, "b": 2}))
print("{0:{1}}|".format("pad", 8), "{0:{fill}>{w}}".format(7, fill="0", w=4))
print("{:>{}}".format("r", 5), "{:.{}f}".format(3.14159, 2))
print("{0!r:>10}".format("q"), "{0!s:<6}|".format(1.5))
print("{}".format({"k": [1, (2, 3)]}))
print("{[0]}".format("str"), "{[k]}".format({"k": "key"}))
try:
    "{[-1]}".format({-1: "neg"})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "{".format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    "}".format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{!x}".format(1)
except ValueError as e:
    print(type(e).__name__, e)

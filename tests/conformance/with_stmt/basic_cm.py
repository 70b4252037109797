class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no as")
try:
    with CM("c") as v:
        print("about to raise")
        raise ValueError("boom")
        print("not reached")
except ValueError as e:
    print("propagated", e)
with CM("x") as x, CM("y") as y:
    print("two managers", x, y)
with CM("outer"):
    with CM("inner"):
        print("nested body")
def f():
    with CM("in function"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        print("loop body", i)
with (CM("p1") as p1, CM("p2") as p2):
    print("parenthesized", p1, p2)

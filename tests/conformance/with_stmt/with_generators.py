class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *a):
        print("close", self.name)
def reader(names):
    for n in names:
        with Managed(n) as m:
            yield m.name.upper()
for v in reader(["a", "b"]):
    print("got", v)
g = reader(["x", "y", "z"])
print(next(g))
g.close()
print("generator closed")
def in_with():
    with Managed("gen-level"):
        yield 1
        yield 2
print(list(in_with()))

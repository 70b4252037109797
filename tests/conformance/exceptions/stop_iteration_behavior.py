it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
def gen():
    yield 1
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("gen StopIteration", e.value)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom done")
        return self.n
print(list(It()))
i = It()
for x in i:
    pass
try:
    next(i)
except StopIteration as e:
    print("custom", e)
print(next(iter([]), "default"), next(gen(), "unused"))

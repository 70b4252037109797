print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (list, tuple)), isinstance(True, int), isinstance(1.0, int))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)), isinstance(int, type), isinstance(len, object))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(str, str), issubclass(list, tuple))
print(callable(print), callable(int), callable(1), callable("x"), callable(lambda: 1), callable(str.upper), callable(None))
class K:
    def __call__(self):
        return 1
    def m(self):
        pass
print(callable(K), callable(K()), callable(K().m), callable(K.m))
print(id(K) == id(K), id([]) is not None, id(K()) != id(K) )
x = []
y = x
print(id(x) == id(y), id(x) == id([]) if False else "skip")
print(hash(1) == hash(1), hash((1, 2)) == hash((1, 2)), hash(1) == 1, hash(-1) == -2, hash(0) == 0)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)

# The io class hierarchy, constants and isinstance relations.
import io
import os

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__name__, io.TextIOWrapper.__name__, io.StringIO.__name__)
for cls in (io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.TextIOWrapper):
    print(cls.__name__, [issubclass(cls, b) for b in
                         (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])

with open("data/lines.txt") as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedIOBase))
    print(isinstance(f.buffer.raw, io.RawIOBase), isinstance(f, io.TextIOWrapper))
with open("data/lines.txt", "rb") as f:
    print(type(f).__name__, isinstance(f, io.BufferedReader))
with open("data/lines.txt", "r+b") as f:
    print(type(f).__name__)
with open("data/lines.txt", "rb", buffering=0) as f:
    print(type(f).__name__, isinstance(f, io.FileIO))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("abc", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))


class Counter(io.RawIOBase):
    def __init__(self, n):
        self.n = n

    def readable(self):
        return True

    def readinto(self, b):
        k = min(len(b), self.n)
        for i in range(k):
            b[i] = 65 + i % 26
        self.n -= k
        return k


c = Counter(30)
print(c.read(5), c.read(), c.read())
r = io.BufferedReader(Counter(10))
print(r.read(3), r.read())
print(io.open is open, io.FileIO("data/lines.txt").read(5))

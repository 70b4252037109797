# Attributes and repr of file objects.
import os

with open("data/lines.txt") as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.errors, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed)
    print(type(f.fileno()).__name__, f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
    print(repr(f.buffer), f.buffer.name, f.buffer.mode)
    print(repr(f.buffer.raw), f.buffer.raw.mode, f.buffer.raw.closefd)
with open("data/lines.txt", encoding="latin-1", errors="ignore") as f:
    print(repr(f), f.errors)
with open("data/lines.txt", "rb") as f:
    print(repr(f), f.mode, f.name, f.raw.name)
with open("data/lines.txt", "br") as f:
    print(f.mode)
with open("data/lines.txt", "rt") as f:
    print(f.mode)
with open("data/lines.txt", "r+") as f:
    print(f.mode, f.buffer.mode, f.writable())
fd = os.open("data/lines.txt", os.O_RDONLY)
with open(fd) as f:
    print(f.name == fd, f.readline().strip())
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
fd = os.open("data/lines.txt", os.O_RDONLY)
f = open(fd, closefd=False)
print(f.read(5))
f.close()
print(os.read(fd, 6))
os.close(fd)
print(repr(f))
f = open("data/lines.txt", "rb", buffering=0)
f.close()
print(repr(f))

# sys.stdout/sys.stderr/sys.stdin as io-style streams; print to replaced streams.
import io
import sys

print(sys.stdout.write("written\n"))
sys.stdout.writelines(["a", "b\n"])
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.encoding.lower().replace("-", ""))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.closed)
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes line\n")
print(sys.stdout.buffer.write(b"xyz\n"))
print("after buffer")

saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2)
print("second", end="!")
sys.stdout = saved
print(repr(buf.getvalue()))
print("to stringio", file=buf)
print(repr(buf.getvalue()))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collect()
sys.stdout = c
print("x", "y", sep="-")
print("z", flush=True)
sys.stdout = sys.__stdout__
print(c.parts)
sys.stdout = None
print("lost")
sys.stdout = saved
print("back")

print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
sys.stdin = io.StringIO("typed line\nsecond\n")
print(repr(input()), repr(input("prompt> ")))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
sys.stdin = sys.__stdin__
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(type(e).__name__, e)

import sys
print(1, 2, 3, sep="-")
print(1, 2, sep="", end="!\n")
print("a", end="")
print("b")
print(sep=None, end=None)
print(1, 2, sep=None)
print("to stdout", file=sys.stdout, flush=True)
print("to stderr ignored", file=sys.stderr) if False else None
print(file=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append("<flush>")
w = W()
print("x", "y", file=w, sep="+", flush=True)
print(w.parts)
try:
    print(1, sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, end=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, file=5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(1, foo=5)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
print(S(), [S()], (S(),), {1: S()})
sys.stdout.write("written\n")
print(sys.stdout.write("abc"))
print()
print(repr(print(end="")))

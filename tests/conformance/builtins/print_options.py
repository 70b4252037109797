import sys
print("a", "b", sep="")
print("a", "b", sep="--", end="||\n")
print(1, 2, 3, sep="\n")
print("x", end="")
print("y", end="")
print()
print(None, True, [1, None])
print("multiple", "args", 1, 2.0, sep=" | ", end=" END\n")
print(*["unpacked", "list"], sep="+")
print("to stdout", file=sys.stdout)
print("flush", flush=True)
print("", "", sep="|")
print(sep="ignored")
print("end with tab", end="\t")
print("next")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S!"
print(S(), [S()] if False else "skip")

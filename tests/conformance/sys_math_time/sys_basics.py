import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2] >= (3, 8), sys.version_info[0], sys.version_info >= (3,), type(sys.version_info[1]).__name__)
print(sys.getrecursionlimit())
n = sys.stdout.write("written via stdout.write\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
print(sys.stdout.write("") == 0)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)

s = "Hello, World!"
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[-6:], s[:-1], s[:], s[3:3], s[10:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-1], s[-1:-6:-1], s[100:], s[-100:3])
print(s[2:100], s[5:-5], s[::3], s[::-3], s[1:10:4])
u = "héllo wörld ✓ 中文"
print(u[1], u[7], u[-1], u[-2], len(u), u[::-1], u[12:])
for i in range(len("abc")):
    print(i, "abc"[i])
for ch in "xyz":
    print(ch, end=".")
print()
print("abc"[-3], "a"[0], "ab"[1:][0])
try:
    s[13]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-14]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)

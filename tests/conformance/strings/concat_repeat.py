a = "foo"
b = "bar"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0, a * -2, "" * 100)
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for w in ["x", "y", "z"]:
    parts.append(w * 2)
print("".join(parts))
print("-" * 20)
print(("ab" * 3)[::2], ("ab" + "cd") * 2)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
print("abc" * True, "abc" * False)

# a comment
x = 1  # trailing comment
y = (1 +
     2 +
     3)
z = [
    1,
    2,
    3,  # trailing comma
]
w = {
    "a": 1,
    "b": 2,
}
total = 1 + \
    2 + \
    3
print(x, y, z, w, total)
if x: print("one-line if")
for i in range(3): print(i, end=" ")
print()
a = 1; b = 2; c = a + b
print(c)
s = """multi
line
string"""
print(s)
print(len(s.splitlines()))
def f(): return "one-line def"
print(f())
class C: pass
print(C.__name__)
while False: pass
print("done")

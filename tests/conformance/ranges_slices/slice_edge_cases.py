l = [1, 2, 3]
print(l[0:0], l[3:], l[5:10], l[-10:-5], l[2:1], l[::-1][::-1], l[1:1:-1])
print(l[None:None], l[None:2], l[1:None:None])
big = 10 ** 20
print(l[-big:big], l[big:], l[:-big], "abc"[-big:big:2])
print(l[::big], l[::-big])
s = "hello"
print(s[1:-1:2], s[-1::-2], s[4:0:-1], s[0:5:5], s[::-5])
print([][::-1], ""[:5], ()[1:])
class Idx:
    def __index__(self):
        return 1
print(l[Idx()], l[Idx():], "xyz"[Idx()], (9, 8)[Idx()])
try:
    l[1.0:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l["a":]
except TypeError as e:
    print(type(e).__name__, e)

l = []
for _ in range(100000):
    l = [l]
print("built nested list")
s = repr(l)
print(len(s))

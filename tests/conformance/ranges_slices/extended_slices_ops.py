m = list(range(20))
print(m[::4], m[1::4], m[2::4], m[3::4])
evens, odds = m[::2], m[1::2]
interleaved = [None] * 20
interleaved[::2] = odds
interleaved[1::2] = evens
print(interleaved)
print(m[15:5:-3], m[-1:-20:-7], m[::-7])
s = "a1b2c3d4e5"
print(s[::2], s[1::2], s[::-2], s[-2::-2])
t = tuple(range(12))
print(t[3:9:2], t[::-4], t[100::-5])
grid = [list(range(i * 4, i * 4 + 4)) for i in range(4)]
print([row[::-1] for row in grid[::-1]])
print([row[i] for i, row in enumerate(grid)])

s = "0123456789"
for start in [None, 0, 3, -3, 10]:
    for stop in [None, 5, -2, 0]:
        for step in [None, 1, 2, -1, -3]:
            print(repr(s[start:stop:step]), end=" ")
        print()
print(s[slice(2, 8, 2)], s[slice(None, None, -1)], s[slice(5)])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)

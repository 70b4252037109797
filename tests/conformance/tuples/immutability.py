t = (1, [2, 3], 4)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(5)
except AttributeError as e:
    print(type(e).__name__, e)
t[1].append(99)
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
u = t
u += (5,)
print(t, u, t is u)
try:
    t[1] += [100]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    (1, 2)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)

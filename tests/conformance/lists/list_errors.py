l = [1, 2, 3]
try:
    l[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[-4] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    l.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    l.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l + (4,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.foo()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
print(l)

try:
    {1, 2} + {3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    one = {1}
    one[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = {1}
    s[0] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, 2} < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add([2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print("done")

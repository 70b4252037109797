d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} + {3: 4}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"k": {}}["k"]["inner"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[""]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[None]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[2.5]
except KeyError as e:
    print(type(e).__name__, e)

print((3.0).is_integer(), (3.1).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((2.5).__add__(1), (2.5).__mul__(2), (7.0).__floordiv__(2))
print((1.5).__trunc__() if False else int(1.5))
print(float.__name__)
try:
    (1.0).as_integer_ratio() and float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)

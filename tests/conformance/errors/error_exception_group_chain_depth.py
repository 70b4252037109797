def a():
    try:
        b()
    except KeyError as e:
        raise ValueError("a failed") from e
def b():
    try:
        c()
    except IndexError as e:
        raise KeyError("b failed") from e
def c():
    raise IndexError("c failed")
print("calling a")
a()

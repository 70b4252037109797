import math, sys, time
print(type(math).__name__, math.__name__, sys.__name__, time.__name__)
print(__name__)
print(abs is abs, len is not None)
x = 5
def shadow():
    abs = lambda v: "shadowed"
    return abs(-1)
print(shadow(), abs(-1))
print = print
print("reassigned print still works")

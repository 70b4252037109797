try:
    print(f"{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{1 / 0}")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(f"{'abc':>{'x'}}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{3.5:q}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{5:.2d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{[1][5]}")
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(f"{None:>5}")
except TypeError as e:
    print(type(e).__name__, e)
print("after errors")

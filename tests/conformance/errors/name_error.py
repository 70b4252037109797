print("start")
value = 10
print(value + 1)
print(undefined_thing_xyz)
print("not reached")

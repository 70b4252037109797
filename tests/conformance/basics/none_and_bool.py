print(None, repr(None), str(None), type(None).__name__)
def f():
    pass
print(f())
print(f() is None)
print(True, False, int(True), int(False), str(True), repr(False))
print(True + 1, False * 5, True / 2, True // 1, -True)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool("False"))
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & False).__name__, type(True + False).__name__)
print(True == 1, False == 0, (True == 1) is True)
print(hash(True) == hash(1), hash(False) == hash(0))
d = {1: "one", True: "true?"}
print(d)
print(sum([True, True, False, True]))
print(max(True, 2), min(False, -1))
print(None == 0, None == False, None is not False)
l = [None, 0, False, "", []]
print([x is None for x in l])
print(str(None) + "!", f"{None}")

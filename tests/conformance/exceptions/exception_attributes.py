try:
    {}["k"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args, str(e))
try:
    int("x")
except ValueError as e:
    print(e.args)
e = ValueError()
print(e.args, str(e), repr(e))
e = ValueError("one")
print(e.args, str(e), repr(e))
e = ValueError("one", "two")
print(e.args, str(e), repr(e))
e = KeyError("k")
print(str(e), repr(e))
e = KeyError("k", "j")
print(str(e))
e = Exception(42)
print(str(e), repr(e))
try:
    raise StopIteration(7)
except StopIteration as si:
    print(si.value, si.args)
se = SystemExit(3)
print(se.code, se.args)
print(repr(SystemExit()), SystemExit().code)
err = OSError(2, "No such file")
print(err.args, err.errno, err.strerror)
e = Exception("msg")
e.extra = "custom attr"
print(e.extra)
print(repr(ZeroDivisionError("division by zero")))
print(repr(NameError("name 'x' is not defined")))

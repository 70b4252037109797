# OSError and its errno-specific subclasses.
import os

for args in [(2, "No such file"), (13, "Denied"), (17, "Exists"), (20, "Not dir"),
             (21, "Is dir"), (1, "Perm"), (32, "Pipe"), (4, "Intr"), (11, "Again"),
             (3, "Srch"), (10, "Child"), (110, "Timeout"), (111, "Refused"),
             (104, "Reset"), (103, "Aborted"), (99, "Other")]:
    e = OSError(*args)
    print(args[0], type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)

e = OSError(2, "No such file or directory", "some/path")
print(type(e).__name__, e, e.args, e.filename, e.filename2)
e = OSError(2, "msg", "src", None, "dst")
print(e, e.args, e.filename2)
e = OSError("just a message")
print(type(e).__name__, e, e.errno, e.strerror, e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(e, e.errno, e.args)
e = FileNotFoundError(99, "odd")
print(type(e).__name__, e)
e = OSError()
print(repr(str(e)), e.errno)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)

try:
    open("does/not/exist.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.rmdir("does-not-exist")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.mkdir("data")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rename("nothing-here", "elsewhere")
except OSError as e:
    print(type(e).__name__, e)


class MyError(OSError):
    pass


e = MyError(2, "custom")
print(type(e).__name__, e, e.errno)
try:
    raise FileExistsError(17, "File exists", "f")
except OSError as e:
    print(type(e).__name__, str(e))

# Constants and process facts of the os module.
import os
import sys

print(os.name, repr(os.sep), repr(os.linesep), repr(os.pathsep), os.curdir, os.pardir, os.devnull)
print(repr(os.extsep), os.altsep, os.defpath)
print(os.error is OSError, os.path is sys.modules["os.path"], os.path.__name__)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(17))
print(os.fspath("p"), os.fspath(b"p"))


class P:
    def __fspath__(self):
        return "from fspath"


class Bad:
    def __fspath__(self):
        return 3


print(os.fspath(P()))
for v in (3, Bad(), None):
    try:
        os.fspath(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(issubclass(os.PathLike, object), hasattr(os.PathLike, "__fspath__"))
here = os.getcwd()
print(os.path.isabs(here), os.path.basename(here))
os.chdir("data")
print(os.path.basename(os.getcwd()), sorted(os.listdir())[:2])
os.chdir("..")
print(os.getcwd() == here, type(os.getcwdb()).__name__)
try:
    os.chdir("missing_dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(os.access("data/lines.txt", os.R_OK), os.access("data/missing", os.F_OK))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.F_OK)
fd = os.open("data/lines.txt", os.O_RDONLY)
print(type(fd).__name__, os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -5, os.SEEK_END))
print(os.read(fd, 100), os.read(fd, 10), os.isatty(fd))
os.close(fd)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e)
print(os.fsencode("abc"), os.fsdecode(b"abc"))

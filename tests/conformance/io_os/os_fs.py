# File-system operations: mkdir, makedirs, listdir, rename, replace, remove, rmdir.
import os

base = "/tmp/weft_os_fs_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    os.mkdir("a")
    os.makedirs("b/c/d")
    os.makedirs("b/c/d", exist_ok=True)
    try:
        os.makedirs("b/c/d")
    except FileExistsError as e:
        print(type(e).__name__, e)
    try:
        os.mkdir("a")
    except FileExistsError as e:
        print(type(e).__name__, e)
    print(sorted(os.listdir(".")), sorted(os.listdir()), os.listdir("b"), os.listdir(b"b"))
    with open("a/f1.txt", "w") as f:
        f.write("one")
    open("a/f2.txt", "w").close()
    print(sorted(os.listdir("a")))
    os.rename("a/f1.txt", "a/g1.txt")
    print(sorted(os.listdir("a")))
    os.replace("a/g1.txt", "a/f2.txt")
    print(sorted(os.listdir("a")))
    with open("a/f2.txt") as f:
        print(f.read())
    try:
        os.rename("a/missing", "a/x")
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.filename, e.filename2)
    try:
        os.rmdir("a")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.remove("a")
    except OSError as e:
        print(type(e).__name__, e)
    os.unlink("a/f2.txt")
    try:
        os.remove("a/f2.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    os.rmdir("a")
    print(sorted(os.listdir(".")))
    try:
        os.listdir("nope")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    with open("file", "w"):
        pass
    try:
        os.listdir("file")
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    try:
        os.mkdir("file/sub")
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    os.remove("file")
    os.removedirs("b/c/d")
    print(os.listdir("."), os.path.exists("b"))
    os.makedirs("x/y")
    os.renames("x/y", "p/q/r")
    print(os.path.isdir("p/q/r"), os.path.exists("x"))
    os.removedirs("p/q/r")
    os.mkdir("m", 0o700)
    print(oct(os.stat("m").st_mode & 0o777))
    os.chmod("m", 0o755)
    print(oct(os.stat("m").st_mode & 0o777))
    os.rmdir("m")
    print(os.listdir(base))
finally:
    os.chdir("/")
    os.rmdir(base)
print(os.path.exists(base))

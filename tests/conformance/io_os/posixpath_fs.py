# os.path queries that look at the file system.
import os
import os.path as p

print(p.exists("data"), p.exists("data/lines.txt"), p.exists("nope"), p.exists(""))
print(p.isfile("data/lines.txt"), p.isfile("data"), p.isdir("data"), p.isdir("data/lines.txt"))
print(p.islink("data"), p.lexists("data"), p.isfile("nope"), p.isdir("nope"))
print(p.getsize("data/lines.txt"), p.getsize("data/crlf.txt"))
print(type(p.getmtime("data")).__name__, type(p.getatime("data")).__name__, type(p.getctime("data")).__name__)
print(p.samefile("data/lines.txt", "./data/../data/lines.txt"))
print(p.exists(b"data"), p.exists("a\0b"), p.ismount("/"))
try:
    p.getsize("nope")
except OSError as e:
    print(type(e).__name__, e)
base = "/tmp/weft_posixpath_fs_%d" % os.getpid()
os.makedirs(base + "/real/sub")
try:
    with open(base + "/real/file.txt", "w") as f:
        f.write("12345")
    os.symlink(base + "/real", base + "/link")
    os.symlink("real/file.txt", base + "/flink")
    os.symlink(base + "/missing", base + "/dangling")
    print(p.islink(base + "/link"), p.isdir(base + "/link"), p.isfile(base + "/flink"))
    print(p.exists(base + "/dangling"), p.lexists(base + "/dangling"), p.islink(base + "/dangling"))
    print(p.getsize(base + "/flink"))
    print(p.realpath(base + "/link/sub/..") == p.realpath(base + "/real"))
    print(p.relpath(p.realpath(base + "/flink"), p.realpath(base)))
    print(p.relpath(p.realpath(base + "/link/file.txt"), p.realpath(base)))
    print(os.readlink(base + "/flink"))
    os.symlink(base + "/loop2", base + "/loop1")
    os.symlink(base + "/loop1", base + "/loop2")
    print(p.relpath(p.realpath(base + "/loop1"), p.realpath(base)))
    print(sorted(os.listdir(base)))
    for name in ("link", "flink", "dangling", "loop1", "loop2"):
        os.remove(base + "/" + name)
finally:
    os.remove(base + "/real/file.txt")
    os.rmdir(base + "/real/sub")
    os.rmdir(base + "/real")
    os.rmdir(base)
print(p.exists(base))

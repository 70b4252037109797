# os.stat results.
import os
import stat

st = os.stat("data/numbers.csv")
print(type(st).__name__, len(st), st.st_size, st[6], st[stat.ST_SIZE])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISLNK(st.st_mode))
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(int(st.st_mtime) == st[stat.ST_MTIME], st.st_mtime_ns // 10**9 == st[8])
print(st.st_nlink >= 1, st.st_ino > 0, st.st_blksize > 0, st.st_blocks >= 0)
print(st == os.stat("data/numbers.csv"), isinstance(st, tuple))
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, mode == st.st_mode, uid == st.st_uid, gid == st.st_gid)
print(repr(st).startswith("os.stat_result(st_mode="), repr(st).count("="))
d = os.stat("data")
print(stat.S_ISDIR(d.st_mode), stat.S_ISREG(d.st_mode), stat.filemode(d.st_mode)[0])
print(os.lstat("data/numbers.csv").st_size, os.stat(b"data/numbers.csv").st_size)
with open("data/numbers.csv", "rb") as f:
    print(os.fstat(f.fileno()).st_size, os.stat(f.fileno()).st_size)
print(os.path.getsize("data/numbers.csv"), type(os.path.getmtime("data/numbers.csv")).__name__)
try:
    os.stat("data/nothing")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    os.stat(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.stat("a\0b")
except ValueError as e:
    print(type(e).__name__, e)

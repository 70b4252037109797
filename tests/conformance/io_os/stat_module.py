# The stat module.
import stat

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755, 0o104755,
         0o102755, 0o041777, 0o100000, 0o043000]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_ISREG(m), stat.S_ISDIR(m), stat.S_ISLNK(m),
          stat.S_ISCHR(m), stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m),
          oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH == 0o644)
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IFREG, stat.S_IFDIR)

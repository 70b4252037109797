# Text-file line iteration mixed with readline, read, tell and seek (the split-lines fast
# path must keep the position exact), with \n, \r\n and \r newlines.
import os

name = 'text_lines_%d.tmp' % os.getpid()
for nl in ('\n', '\r\n', '\r'):
    with open(name, 'w', newline='') as f:
        for i in range(400):
            f.write('line %d %s%s' % (i, 'x' * (i % 7), nl))
    with open(name) as f:
        first = f.readline()
        second = next(f)
        third = f.readline()
        print(repr(first), repr(second), repr(third))
        n = 0
        for line in f:
            n += 1
            if n == 100:
                break
        print(n, repr(f.readline()), repr(f.read(12)))
        print(repr(f.readline()))
        rest = f.read()
        print(len(rest), repr(rest[:20]))
    with open(name, newline='') as f:
        print([repr(x) for x in f.readlines()[:3]], len(f.readlines()))
        f.seek(0)
        lines = list(f)
        print(len(lines), repr(lines[-1]))
    with open(name) as f:
        for i, line in enumerate(f):
            if i == 250:
                break
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        rl = f.readline()
        print(repr(rl))
        f.seek(0)
        print(repr(f.readline()))
        p = f.tell()
        print(repr(f.readline()), repr(f.readline()))
        f.seek(p)
        print(repr(f.readline()))
os.remove(name)

# Iterating binary files mixes with readline/read/seek/tell and reports a closed file;
# text and non-ASCII strings split, slice and measure the same as CPython.
import os

name = 'binary_lines_%d.tmp' % os.getpid()
with open(name, 'wb') as f:
    f.write(b'first\nsecond\r\nthird\n\nno newline at end')
with open(name, 'rb') as f:
    print(next(f), f.readline(), f.read(3), next(f), f.tell())
    for line in f:
        print(line)
    f.seek(0)
    print(list(f))
    f.seek(6)
    print(next(f), f.tell())
    f.close()
    try:
        next(f)
    except ValueError as e:
        print(type(e).__name__, e)
with open(name, 'rb') as f:
    it = iter(f)
    print(it is f, next(it), next(f), f.readline())
with open(name, 'r+b') as f:
    print(next(f))
    f.write(b'XY')
    print(f.tell(), next(f))
os.remove(name)
s = 'αβγ\n' * 50 + 'plain ascii\x0bsplit\x1cmore\r\nend'
print(len(s), s.splitlines()[-5:], len(s.splitlines(True)), s[150:160], len(s[100:]))
print('a\rb\r\nc\nd\x0ce\x1df\x1eg\x85h\u2028i'.splitlines(True), 'x\r'.splitlines(), ''.splitlines())
